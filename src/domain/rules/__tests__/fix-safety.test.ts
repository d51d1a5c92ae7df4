/**
 * Every fix and rollback the wizard can give, with nothing known (all placeholders) and with every
 * scenario's real names, must be safe to paste at 3 a.m.: a block still holding a placeholder says
 * so (the page then offers no copy button), a configuration change ends with `save`, a change that
 * renegotiates an aggregate or moves traffic carries a change-window warning, and each change has
 * a look before and a check after it.
 */
import { describe, expect, it } from 'vitest';
import { diagnosisIds, type CliBlock, type DiagnosisId } from '../../run-types';
import { describeDiagnosis } from '../diagnoses';
import { emptyContext } from '../context';
import { runWizard } from '../../graph/run-wizard';
import { cliBlockText } from '../../report/fix-text';
import { placeholdersIn } from '../../placeholders';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';

type Named = { where: string; block: CliBlock };

function allBlocks(): Named[] {
  const out: Named[] = [];
  const add = (where: string, d: { fix: CliBlock[]; rollback: CliBlock[] }) => {
    d.fix.forEach((block, i) => out.push({ where: `${where} fix ${i}`, block }));
    d.rollback.forEach((block, i) => out.push({ where: `${where} rollback ${i}`, block }));
  };
  for (const id of diagnosisIds) {
    if (id === 'inconclusive') continue;
    add(`${id} (nothing known)`, describeDiagnosis(id, emptyContext()));
  }
  for (const s of loadScenarios()) {
    const d = runWizard(stateOf(s)).diagnosis;
    if (d) add(s.name, d);
  }
  return out;
}

const blocks = allBlocks();
// Commands that renegotiate an aggregate or move traffic off or onto a link, written apart from
// the catalogue so a new fix that forgets its warning fails here.
const RISKY =
  /^(?:undo )?(?:link-aggregation mode|port link-aggregation group|lacp |shutdown$|speed |duplex |port link-type|port trunk|port access|member interface .* priority|mtu )/;

describe('fix blocks are safe to run', () => {
  it('covers every diagnosis that has a fix', () => {
    const withFix = new Set(blocks.map((b) => b.where.split(' ')[0] as DiagnosisId));
    for (const id of diagnosisIds)
      if (!['inconclusive', 'farm-healthy', 'slow-online'].includes(id))
        expect(withFix.has(id), id).toBe(true);
  });

  it('names every placeholder a block still holds, so it is filled in by hand and never copied', () => {
    for (const { where, block } of blocks) {
      const left = placeholdersIn(cliBlockText(block));
      expect(block.fillIn ?? [], where).toEqual(left);
    }
  });

  it('fills in what the pastes named: a scenario block holds no placeholder for a known value', () => {
    const scenario = blocks.filter((b) => !b.where.includes('(nothing known)'));
    for (const { where, block } of scenario)
      for (const known of ['<server-ip>', '<real-server>', '<member>', '<n>', '<template>']) {
        // Only a real server the farm lists without an address leaves the address unknown.
        const mayLack = known === '<server-ip>' && where.startsWith('real-server-inactive--');
        if (!mayLack) expect(cliBlockText(block), where).not.toContain(known);
      }
  });

  it('ends every configuration change with save, and nothing else', () => {
    for (const { where, block } of blocks) {
      const last = block.commands[block.commands.length - 1];
      if (block.view[0] === 'system-view') expect(last, where).toBe('save force');
      else
        expect(
          block.commands.some((c) => /^save\b/.test(c)),
          where,
        ).toBe(false);
    }
  });

  it('warns before a change that renegotiates an aggregate or moves traffic', () => {
    let risky = 0;
    for (const { where, block } of blocks) {
      const onInterface = block.view.some((v) => /^interface /.test(v));
      if (onInterface && block.commands.some((c) => RISKY.test(c.trim()))) {
        risky++;
        expect(block.changeWindow?.['en-US'], where).toMatch(/change window/);
        expect(block.changeWindow?.['zh-CN'], where).toMatch(/变更窗口/);
      }
    }
    expect(risky).toBeGreaterThan(10);
    const shutdown = blocks.find((b) => b.where.startsWith('real-server-shutdown--'));
    expect(shutdown?.block.changeWindow).toBeUndefined();
  });

  it('gives each change a look before it and a check after it, right beside it', () => {
    for (const { where, block } of blocks) {
      if (block.view[0] !== 'system-view') continue;
      expect(block.before?.command, where).toMatch(/^display /);
      expect(block.after?.command, where).toBeTruthy();
    }
    const member = blocks.find(
      (b) => b.where.startsWith('lag-member-faulty--crc') && b.block.commands[0] === 'shutdown',
    );
    expect(member?.block.before?.command).toMatch(/^display link-aggregation verbose /);
    expect(member?.block.before?.expect['en-US']).toMatch(/Another member .* shows Status S/);
  });
});
