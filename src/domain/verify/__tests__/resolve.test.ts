import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import type { Paste, StepId } from '../../wizard-state';
import { loadScenarios, stateOf } from '../../scenarios/load-scenarios';

const seed = () => {
  const sc = loadScenarios().find((s) => s.name === 'lacp-mode-mismatch--seed-l5030');
  if (!sc) throw new Error('seed scenario missing');
  return stateOf(sc);
};
const paste = (step: StepId, text: string, at: number | null = null): Paste => ({ step, text, at });
const seedText = (step: StepId, n = 0) =>
  seed().pastes.filter((p) => p.step === step)[n]?.text ?? '';

describe('resolution', () => {
  it('is null without verify pastes, and the verify pastes never change the diagnosis', () => {
    expect(runWizard(seed()).resolution).toBeNull();
  });

  it('ignores what always changes: a session to the same server with another source port, times and counts', () => {
    const before = seedText('session');
    const after = before
      .replace(/51188/g, '51342')
      .replace('13:53:05', '14:20:41')
      .replace('TTL: 2s', 'TTL: 1s')
      .replace(
        'Initiator->Responder:            0 packets',
        'Initiator->Responder:            3 packets',
      );
    expect(after).not.toBe(before);
    const run = runWizard({ ...seed(), pastes: [...seed().pastes, paste('verify', after)] });
    const session = run.resolution?.facts.filter((f) => f.kind === 'session');
    expect(session?.map((f) => [f.status, f.before?.value, f.after?.value])).toEqual([
      ['still-wrong', 'TCP_SYN_SENT; no replies', 'TCP_SYN_SENT; no replies'],
    ]);
    expect(run.resolution?.status).toBe('not-resolved');
    expect(run.resolution?.summary['en-US']).toContain('TCP session to 10.197.44.201:80');
  });

  it('calls a session with replies established fixed', () => {
    const after = seedText('session')
      .replace('State: TCP_SYN_SENT', 'State: TCP_ESTABLISHED')
      .replace(
        'Responder->Initiator:            0 packets          0 bytes',
        'Responder->Initiator:            2 packets        120 bytes',
      );
    const run = runWizard({ ...seed(), pastes: [...seed().pastes, paste('verify', after, 5000)] });
    expect(run.resolution?.status).toBe('resolved');
    expect(run.resolution?.facts.map((f) => f.status)).toEqual(['fixed']);
    expect(run.resolution?.at).toBe(5000);
    expect(run.resolution?.facts[0]?.after?.evidence).toEqual({
      step: 'verify',
      paste: 0,
      lines: [20, 26],
    });
  });

  it('says "changed" when nothing that was wrong is shown but a setting moved, and names a member that went missing', () => {
    const before = seedText('peer-config', 1);
    // Member 43 left the aggregate (its group line removed); the aggregate went dynamic.
    const after = before
      .replace(
        'port link-aggregation group 33\n#\ninterface Ten-GigabitEthernet1/2/0/44',
        '#\ninterface Ten-GigabitEthernet1/2/0/44',
      )
      .replace(
        'interface Bridge-Aggregation33\n',
        'interface Bridge-Aggregation33\nlink-aggregation mode dynamic\n',
      );
    expect(after).not.toBe(before);
    const run = runWizard({ ...seed(), pastes: [...seed().pastes, paste('verify', after)] });
    expect(run.resolution?.status).toBe('changed');
    const changes = run.resolution?.facts
      .filter((f) => f.status !== 'same')
      .map((f) => `${f.status} ${f.subject} ${f.before?.value ?? '-'} -> ${f.after?.value ?? '-'}`);
    expect(changes).toContain('changed Bridge-Aggregation33: aggregation mode static -> dynamic');
    expect(changes).toContain('gone Ten-GigabitEthernet1/2/0/43: aggregation group 33 -> -');
  });

  it('names the pastes it cannot compare, and says why', () => {
    const log =
      '%Jun 25 13:53:05:120 2023 L5030 LB/5/LB_CHANGE_RS_HCSTATUS: The health state of real server test1 changed to Active.\n';
    const run = runWizard({
      ...seed(),
      pastes: [...seed().pastes, paste('verify', log), paste('verify', 'hello there\n')],
    });
    expect(run.resolution?.uncompared.map((u) => [u.paste, u.command])).toEqual([
      [0, expect.any(String)],
      [1, 'unknown'],
    ]);
    expect(run.resolution?.uncompared[0]?.reason['en-US']).toMatch(/not compared/);
    expect(run.resolution?.status).toBe('not-resolved');
    expect(run.resolution?.summary['en-US']).toMatch(/Nothing in these outputs can be compared/);
  });

  it('keeps the run diagnosis and findings of the state before the fix', () => {
    const s = seed();
    const withVerify = {
      ...s,
      pastes: [...s.pastes, paste('verify', seedText('lag').replace(/U( +32768)/, 'S$1'))],
    };
    const a = runWizard(s);
    const b = runWizard(withVerify);
    expect(b.diagnosis).toEqual(a.diagnosis);
    expect(b.path).toEqual(a.path);
    expect(b.resolution?.status).toBe('resolved');
  });
});
