import { describe, expect, it } from 'vitest';
import { splitPaste } from '../split-paste';
import { fixture, withoutPrompts } from './fixture-table';
import type { CommandId } from '../../command-ids';

const seed = [
  '01-display-server-farm.txt',
  '02-ping-10.197.44.200-loss.txt',
  '02-ping-10.197.44.201-ok.txt',
  '03-session-table-10.197.44.201-verbose.txt',
  '04-interface-reth2-config.txt',
  '05-link-aggregation-verbose-ra1.txt',
  '06-lb-route-aggregation1-config.txt',
  '07-switch-bridge-aggregation33-config.txt',
].map((name) => fixture(name).replace(/\n$/, ''));

function commands(text: string): CommandId[] {
  return splitPaste(text).map((s) => s.command);
}

/** Every line of the paste lands in exactly one segment, in order, unchanged. */
function expectCovers(text: string) {
  const segs = splitPaste(text);
  const lines = text.replace(/\n$/, '').split('\n');
  expect(segs.flatMap((s) => s.text.split('\n'))).toEqual(lines);
  let next = 1;
  for (const s of segs) {
    expect(s.firstLine).toBe(next);
    next = s.firstLine + s.text.split('\n').length;
  }
}

describe('splitPaste on the seed case', () => {
  it('as the files are (echoes on 01-03, none on 04-07)', () => {
    const text = seed.join('\n');
    expect(commands(text)).toEqual([
      'display-server-farm',
      'ping',
      'ping',
      'display-session-table-verbose',
      'interface-configuration',
      'display-link-aggregation-verbose',
      'interface-configuration',
    ]);
    expectCovers(text);
    const segs = splitPaste(text);
    expect(segs[4]?.text.split('\n')[0]).toBe('interface Reth2');
    expect(segs[6]?.text.split('\n')[0]).toBe('#');
  });

  it('with a prompt and echoed command before every output', () => {
    const echo = [
      'display server-farm',
      'ping -vpn-instance HLW 10.197.44.200',
      'ping -vpn-instance HLW 10.197.44.201',
      'display session table ipv4 destination-ip 10.197.44.201 verbose',
      'display current-configuration interface Reth2',
      'display link-aggregation verbose Route-Aggregation 1',
      'display current-configuration interface Route-Aggregation1',
      'display current-configuration interface Bridge-Aggregation33',
    ];
    const text =
      seed.map((t, i) => `<L5030>${echo[i] ?? ''}\n${withoutPrompts(t)}`).join('\n') + '\n<L5030>';
    const segs = splitPaste(text);
    expect(segs.map((s) => s.command)).toEqual([
      'display-server-farm',
      'ping',
      'ping',
      'display-session-table-verbose',
      'interface-configuration',
      'display-link-aggregation-verbose',
      'interface-configuration',
      'interface-configuration',
    ]);
    expect(segs.every((s) => s.confidence === 'echo')).toBe(true);
    expectCovers(text);
  });

  it('with no prompts at all: same-command neighbours merge, changes of signature split', () => {
    const text = seed.map(withoutPrompts).join('\n');
    expect(commands(text)).toEqual([
      'display-server-farm',
      'ping',
      'display-session-table-verbose',
      'interface-configuration',
      'display-link-aggregation-verbose',
      'interface-configuration',
    ]);
    expectCovers(text);
  });

  it('in reverse order without prompts, with blank lines between', () => {
    const text = [...seed].reverse().map(withoutPrompts).join('\n\n');
    expect(commands(text)).toEqual([
      'interface-configuration',
      'display-link-aggregation-verbose',
      'interface-configuration',
      'display-session-table-verbose',
      'ping',
      'display-server-farm',
    ]);
    expectCovers(text);
  });

  it('a single output gives one segment holding the whole paste', () => {
    for (const t of seed) {
      const segs = splitPaste(t);
      expect(segs).toHaveLength(1);
      expect(segs[0]?.text).toBe(t);
      expect(segs[0]?.firstLine).toBe(1);
    }
  });
});

describe('splitPaste with shared preamble lines', () => {
  it('gives a verbose legend to the verbose output after a summary', () => {
    const summary = withoutPrompts(
      fixture('link-aggregation-summary__bagg-dynamic-multi__ntc.txt'),
    ).replace(/\n$/, '');
    const verbose = fixture('link-aggregation-verbose__bagg-dynamic-all-selected__ntc.txt').replace(
      /\n$/,
      '',
    );
    const segs = splitPaste(`${summary}\n${verbose}`);
    expect(segs.map((s) => s.command)).toEqual([
      'display-link-aggregation-summary',
      'display-link-aggregation-verbose',
    ]);
    expect(segs[1]?.text.split('\n')[0]).toMatch(/^Loadsharing Type: Shar -- Loadsharing/);
  });

  it('gives the LACP flag legend to member-port output after a verbose table', () => {
    const verbose = fixture('link-aggregation-verbose__ragg-dynamic__ntc.txt').replace(/\n$/, '');
    const mp = fixture('link-aggregation-member-port__cw7-25G-dynamic__ntc.txt');
    const segs = splitPaste(`${verbose}\n${mp}`);
    expect(segs.map((s) => s.command)).toEqual([
      'display-link-aggregation-verbose',
      'display-link-aggregation-member-port',
    ]);
    expect(segs[1]?.text.split('\n')[0]).toMatch(/^Flags: A -- LACP_Activity/);
  });

  it('keeps a configuration session with many prompts as one output', () => {
    const t = fixture(
      'current-configuration__ragg-dynamic-members-route-mode-lacp-short__rst-lab.txt',
    );
    expect(commands(t)).toEqual(['interface-configuration']);
  });

  it('splits two echoed outputs of the same command', () => {
    const t = fixture('ping__cw7-success-and-total-loss-no-timeout-lines__hcl-vrf-lab.txt');
    const segs = splitPaste(t);
    expect(segs.map((s) => s.firstLine)).toEqual([1, 14]);
  });

  it('returns one empty segment for a blank paste', () => {
    expect(splitPaste('')).toEqual([
      {
        command: 'empty',
        text: '',
        firstLine: 1,
        lastLine: 1,
        confidence: 'signature',
        line: null,
      },
    ]);
  });
});
