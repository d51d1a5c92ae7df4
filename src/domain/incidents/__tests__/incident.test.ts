import { describe, expect, it } from 'vitest';
import type { WizardState } from '../../wizard-state';
import { contentKey, defaultTitle, devicesOf, farmOf, summarise } from '../incident';
import { readIncidentFile, toIncidentFile } from '../incident-file';

import seedFarm from '../../../features/wizard/example-incident/01-display-server-farm.txt?raw';
import multiFarm from '../../../testing/three-farms.txt?raw';

const state = (pastes: WizardState['pastes'], farm: string | null = null): WizardState => ({
  pastes,
  answers: {},
  server: null,
  farm,
});
const seed = state([{ step: 'farm-status', text: seedFarm, at: 1 }]);

describe('what the incident list shows without running the engine', () => {
  it('the seed: farm test-01 on L5030', () => {
    expect(farmOf(seed)).toBe('test-01');
    expect(devicesOf(seed)).toEqual(['L5030']);
    const title = defaultTitle(
      summarise(seed, {
        id: 'lacp-mode-mismatch',
        title: { 'en-US': 'LACP', 'zh-CN': 'LACP 模式' },
      }),
      'zh-CN',
    );
    expect(title).toBe('test-01 · L5030 · LACP 模式');
  });

  it('several farms: no farm is named unless one was chosen', () => {
    const s = state([{ step: 'farm-status', text: multiFarm, at: null }]);
    expect(farmOf(s)).toBeNull();
    expect(farmOf({ ...s, farm: 'sf-api' })).toBe('sf-api');
  });

  it('device names from <name> and [name] prompts, each once', () => {
    const s = state([
      { step: 'ping', text: '\n<LB-1>ping 10.0.0.1\n', at: null },
      { step: 'peer-config', text: '[SW-33]display current-configuration\n', at: null },
      { step: 'lag', text: '<LB-1>display link-aggregation verbose\n', at: null },
    ]);
    expect(devicesOf(s)).toEqual(['LB-1', 'SW-33']);
  });

  it('nothing known: no default title', () => {
    expect(defaultTitle(summarise(state([]), null), 'en-US')).toBeNull();
  });

  it('the content key ignores paste times (a link keeps them to the second) but not content', () => {
    const moved = state([{ step: 'farm-status', text: seedFarm, at: 1234 }]);
    expect(contentKey(moved)).toBe(contentKey(seed));
    expect(contentKey({ ...seed, answers: { 'capture-traffic': 'yes' } })).not.toBe(
      contentKey(seed),
    );
    expect(contentKey(state([{ step: 'ping', text: seedFarm, at: 1 }]))).not.toBe(contentKey(seed));
  });

  it('keys a paste too long for a link by its length and samples, and still tells pastes apart', () => {
    const big = 'x'.repeat(3_000_000);
    const other = `${big.slice(0, 1_500_000)}y${big.slice(1_500_001)}`;
    const key = (text: string) => contentKey(state([{ step: 'session', text, at: null }]));
    expect(key(big)).toBe(key(big.slice(0)));
    expect(key(big)).not.toBe(key(big.slice(1)));
    expect(key(big)).not.toBe(key(`y${big.slice(1)}`));
    // A change between samples is not seen: such pastes never travel in a link anyway.
    expect(typeof key(other)).toBe('string');
  });
});

describe('the incident file', () => {
  const incident = {
    id: 'abc123',
    title: 'INC-7',
    created: 1,
    updated: 2,
    rev: 3,
    key: contentKey(seed),
    summary: summarise(seed, null),
    state: seed,
  };

  it('round-trips', () => {
    const read = readIncidentFile(toIncidentFile([incident], 5));
    expect(read).toEqual({ ok: true, skipped: 0, incidents: [{ ...incident, rev: 0 }] });
  });

  it('refuses what is not an incident file, in words the page can show', () => {
    expect(readIncidentFile('not json')).toEqual({ ok: false, message: 'not-json' });
    expect(readIncidentFile('{"a":1}')).toEqual({ ok: false, message: 'not-incident-file' });
    expect(
      readIncidentFile('{"format":"slb-wizard-incidents","version":9,"incidents":[]}'),
    ).toEqual({ ok: false, message: 'newer-version' });
  });

  it('skips damaged entries and counts them', () => {
    const file = JSON.parse(toIncidentFile([incident], 5)) as { incidents: unknown[] };
    file.incidents.push({ id: 'x', state: { pastes: [{ step: 'nope', text: 1 }] } }, null);
    const read = readIncidentFile(JSON.stringify(file));
    expect(read.ok && read.incidents.length).toBe(1);
    expect(read.ok && read.skipped).toBe(2);
  });
});
