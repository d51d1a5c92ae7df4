import { describe, expect, it } from 'vitest';
import { diagnosisIds, type DiagnosisId, type Localized } from '../../run-types';
import { emptyContext } from '../context';
import { describeDiagnosis, diagnose } from '../diagnoses';
import { diagnosisRules } from '../requirements';
import { ev, finding } from '../evidence';
import { t } from '../text';
import { ctxWith, seedServers } from './helpers';

const texts = (l: Localized) => [l['en-US'], l['zh-CN']];
const seedCtx = ctxWith({
  farm: 'test-01',
  failedServers: seedServers,
  target: seedServers[1] ?? null,
  lostServer: '10.197.44.200',
  reth: 'Reth2',
  rethMember: 'Route-Aggregation1.1973',
  aggregate: 'Route-Aggregation1',
  lagMode: 'dynamic',
  selectedPorts: ['XGE1/1/0'],
  unselectedPorts: ['XGE1/1/1'],
  peerAggregate: 'Bridge-Aggregation33',
  peerMode: 'static',
});

const catalogued = diagnosisIds.filter(
  (id): id is Exclude<DiagnosisId, 'inconclusive'> => id !== 'inconclusive',
);

describe('diagnosis catalogue', () => {
  for (const ctx of [emptyContext(), seedCtx]) {
    it.each(catalogued)(
      `%s has a title, a cause and blocks in both languages (${ctx.farm ?? 'empty context'})`,
      (id) => {
        const d = describeDiagnosis(id, ctx);
        expect(d.id).toBe(id);
        for (const s of [...texts(d.title), ...texts(d.cause)]) expect(s.trim()).not.toBe('');
        const all = JSON.stringify(d);
        expect(all).not.toMatch(/undefined|\bnull\b|\[object/);
        for (const b of [...d.fix, ...d.rollback]) {
          expect(b.commands.length).toBeGreaterThan(0);
          // No view: work that is not typed (cabling), said as comment lines.
          if (b.view.length === 0) expect(b.commands.every((c) => c.startsWith('#'))).toBe(true);
          else expect(['system-view', 'user-view', 'shell']).toContain(b.view[0]);
        }
        for (const v of d.verify) expect(v.command).not.toBe('');
        if (!['farm-healthy', 'slow-online'].includes(id)) expect(d.fix.length).toBeGreaterThan(0);
        expect(diagnosisRules[id].requires.length).toBeGreaterThan(0);
      },
    );
  }

  it.each(catalogued)('%s is withheld, as inconclusive, when its evidence is missing', (id) => {
    const d = diagnose(id, { ctx: seedCtx, findings: [], stoppedAt: 'lag', next: [] });
    expect(d.id).toBe('inconclusive');
    expect(d.withheld?.id).toBe(id);
    expect(d.withheld?.missing.length).toBe(diagnosisRules[id].requires.length);
    expect(d.known?.length).toBeGreaterThan(0);
    expect(d.next?.length).toBeGreaterThan(0);
    expect(d.fix).toEqual([]);
  });

  it('is given when every requirement is met by a finding that cites lines, and withheld when one is contradicted', () => {
    const f = (id: string, lines = [3]) =>
      finding(id, 'peer-config', 'problem', t(id, id), [ev('peer-config', 0, lines)], []);
    const findings = [f('lag-member-unselected:XGE1/1/1'), f('peer-lacp-mode-mismatch')];
    const given = diagnose('lacp-mode-mismatch', {
      ctx: seedCtx,
      findings,
      stoppedAt: 'peer-config',
      next: [],
    });
    expect(given.id).toBe('lacp-mode-mismatch');
    expect(given.evidence.map((e) => e.findings)).toEqual([
      ['lag-member-unselected:XGE1/1/1'],
      ['peer-lacp-mode-mismatch'],
    ]);
    const uncited = [f('lag-member-unselected:XGE1/1/1'), f('peer-lacp-mode-mismatch', [])];
    expect(
      diagnose('lacp-mode-mismatch', {
        ctx: seedCtx,
        findings: uncited,
        stoppedAt: 'peer-config',
        next: [],
      }).id,
    ).toBe('inconclusive');
    const crossed = [...findings, f('lag-partners-differ')];
    const withheld = diagnose('lacp-mode-mismatch', {
      ctx: seedCtx,
      findings: crossed,
      stoppedAt: 'peer-config',
      next: [],
    });
    expect(withheld.id).toBe('inconclusive');
    expect(withheld.withheld?.contradicted.length).toBe(1);
  });

  it('inconclusive without a withheld diagnosis says what is known and what to run next', () => {
    const d = diagnose('inconclusive', { ctx: seedCtx, findings: [], stoppedAt: 'lag', next: [] });
    expect(d.withheld).toBeUndefined();
    expect(d.known?.length).toBeGreaterThan(0);
    expect(d.next?.length).toBeGreaterThan(0);
  });

  it('lacp-mode-mismatch with the LB static and the peer dynamic fixes the LB first', () => {
    const d = describeDiagnosis('lacp-mode-mismatch', {
      ...seedCtx,
      lagMode: 'static',
      peerMode: 'dynamic',
    });
    expect(d.fix[0]).toMatchObject({
      view: ['system-view', 'interface Route-Aggregation1'],
      commands: ['link-aggregation mode dynamic', 'return', 'save force'],
    });
    expect(d.fix[1]).toMatchObject({
      view: ['system-view', 'interface Bridge-Aggregation33'],
      alternative: true,
    });
  });

  it('real-server-shutdown names each server', () => {
    const d = describeDiagnosis(
      'real-server-shutdown',
      ctxWith({ shutdownServers: ['bbs-1'], farm: 'sf' }),
    );
    expect(d.fix).toEqual([
      {
        device: expect.anything(),
        view: ['system-view', 'real-server bbs-1'],
        commands: ['undo shutdown', 'return', 'save force'],
        before: expect.objectContaining({
          command: 'display current-configuration | begin real-server bbs-1',
        }),
        after: expect.objectContaining({ command: 'display server-farm name sf' }),
      },
    ]);
    expect(d.verify[0]?.command).toBe('display server-farm name sf');
  });
});
