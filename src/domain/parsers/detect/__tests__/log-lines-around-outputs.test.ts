/**
 * Log lines pasted with an output (before its prompt, between its lines, after it) never hide the
 * output: detectCommand, splitPaste, stepForPaste and parseAny name and read the output, and the
 * log lines are filed apart (their own `syslog` segment) or skipped as noise inside the output.
 */
import { describe, expect, it } from 'vitest';
import { detectCommand } from '../detect-command';
import { splitPaste } from '../split-paste';
import { parseAny, parseAs, stepForPaste } from '../../registry';
import { remapLines } from '../../shared/testing/fixture-harness';
import { fixture } from './fixture-table';

// Real log lines (ru-lab capture, see logbuffer/__fixtures__/SOURCES.md).
const LOGS = [
  '%Oct  4 20:19:30:851 2025 Reg2-ASW1 LAGG/6/LAGG_INACTIVE_PHYSTATE: Member port XGE1/0/50 of aggregation group BAGG1 changed to the inactive state, because the physical state of the port is down.',
  '%Oct  4 20:19:30:853 2025 Reg2-ASW1 IFNET/3/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet1/0/50 changed to down.',
  '%Oct  4 20:19:30:853 2025 Reg2-ASW1 IFNET/5/LINK_UPDOWN: Line protocol state on the interface Ten-GigabitEthernet1/0/50 changed to down.',
];
// The issue's own example line.
const ISSUE_LOG =
  '%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet1/0/1 changed to down.';

const farmText = fixture('01-display-server-farm.txt').replace(/\n$/, '');
const farmLines = farmText.split('\n');

/** Inserts `logs` before paste line `at` (1-based; lines.length + 1 appends). */
function insertAt(lines: string[], at: number, logs: string[]): string {
  return [...lines.slice(0, at - 1), ...logs, ...lines.slice(at - 1)].join('\n');
}

function farms(text: string): unknown {
  const { command, result } = parseAny(text);
  expect(command).toBe('display-server-farm');
  expect(result.ok).toBe(true);
  return (result.value as { farms: unknown }).farms;
}

const clean = farms(farmText);
/** Clean line n moved by `count` lines inserted before line `at`. */
const shifted = (at: number, count: number) => (n: number) => (n >= at ? n + count : n);

describe('log lines before the prompt', () => {
  const text = insertAt(farmLines, 1, LOGS);

  it('name the output, not log messages', () => {
    expect(detectCommand(text)).toEqual({
      command: 'display-server-farm',
      confidence: 'echo',
      line: LOGS.length + 1,
    });
    expect(stepForPaste(text)).toBe('farm-status');
  });

  it('parse to the same farms through parseAny', () => {
    expect(farms(text)).toEqual(remapLines(clean, shifted(1, LOGS.length)));
  });

  it('become their own syslog segment in splitPaste, and the farm segment parses alone', () => {
    const segs = splitPaste(text);
    expect(segs.map((s) => [s.command, s.firstLine, s.lastLine])).toEqual([
      ['syslog', 1, 3],
      ['display-server-farm', 4, 3 + farmLines.length],
    ]);
    const farm = segs[1];
    const r = parseAs('display-server-farm', farm?.text ?? '');
    expect((r?.value as { farms: unknown }).farms).toEqual(clean);
    const logs = parseAs('syslog', segs[0]?.text ?? '');
    expect(logs?.ok).toBe(true);
    expect((logs?.value as { entries: unknown[] }).entries).toHaveLength(3);
  });

  it('the issue example: one log line, then the prompt', () => {
    const t = `${ISSUE_LOG}\n${farmText}`;
    expect(detectCommand(t).command).toBe('display-server-farm');
    expect(stepForPaste(t)).toBe('farm-status');
    expect(farms(t)).toEqual(remapLines(clean, shifted(1, 1)));
  });

  it('printed right behind a prompt, the typed command on its own line after them', () => {
    // As a terminal shows it when logs arrive while the command is typed (hcl-blog capture shape).
    const t = [`[L5030]${ISSUE_LOG}`, ...LOGS, ...farmLines.slice(1)].join('\n');
    expect(detectCommand(t).command).toBe('display-server-farm');
    expect(stepForPaste(t)).toBe('farm-status');
    expect(farms(t)).toEqual(remapLines(clean, shifted(2, LOGS.length)));
  });
});

describe('log lines between the output lines', () => {
  // After `  NAT: Enabled` (line 6) and inside the real-server table (before line 21).
  const text = insertAt(insertAt(farmLines, 21, LOGS).split('\n'), 7, LOGS);
  const map = (n: number) => (n >= 21 ? n + 6 : n >= 7 ? n + 3 : n);

  it('stay noise inside the one output segment', () => {
    expect(detectCommand(text).command).toBe('display-server-farm');
    expect(stepForPaste(text)).toBe('farm-status');
    const segs = splitPaste(text);
    expect(segs.map((s) => s.command)).toEqual(['display-server-farm']);
    expect(segs[0]?.text).toBe(text);
  });

  it('parse to the same farms', () => {
    expect(farms(text)).toEqual(remapLines(clean, map));
  });
});

describe('log lines after the output', () => {
  it('right after its last line: noise in its segment', () => {
    const text = insertAt(farmLines, farmLines.length + 1, LOGS);
    expect(detectCommand(text).command).toBe('display-server-farm');
    expect(splitPaste(text).map((s) => s.command)).toEqual(['display-server-farm']);
    expect(farms(text)).toEqual(clean);
  });

  it('after the next bare prompt: a syslog segment of their own', () => {
    const text = [...farmLines, '[L5030]', ...LOGS].join('\n');
    expect(detectCommand(text).command).toBe('display-server-farm');
    expect(stepForPaste(text)).toBe('farm-status');
    const segs = splitPaste(text);
    expect(segs.map((s) => s.command)).toEqual(['display-server-farm', 'syslog']);
    expect(farms(text)).toEqual(clean);
  });

  it('before, between and after at once', () => {
    const mid = insertAt(farmLines, 7, LOGS).split('\n');
    const text = [...LOGS, ...mid, '[L5030]', ...LOGS].join('\n');
    expect(detectCommand(text).command).toBe('display-server-farm');
    expect(stepForPaste(text)).toBe('farm-status');
    expect(splitPaste(text).map((s) => s.command)).toEqual([
      'syslog',
      'display-server-farm',
      'syslog',
    ]);
    expect(farms(text)).toEqual(remapLines(clean, (n) => (n >= 7 ? n + 6 : n + 3)));
  });
});

describe('log lines with other outputs', () => {
  it('a ping between log lines (H3C DDR debugging reference) is a ping', () => {
    const t = fixture(
      'logbuffer__doc-cw7-early-mdc-link-status-modem-debug-around-ping__h3c-cn-ddr-debug-ref.txt',
    );
    expect(detectCommand(t).command).toBe('ping');
    expect(stepForPaste(t)).toBe('ping');
    const { result } = parseAny(t);
    const runs = (result.value as { pings: { destination: string; lossPercent: number }[] }).pings;
    expect(runs.map((r) => [r.destination, r.lossPercent])).toEqual([['1.0.0.2', 100]]);
  });

  it('log lines then an echoed display logbuffer: the log buffer', () => {
    const t = [
      ...LOGS,
      '<LB01>display logbuffer',
      'Log buffer: Enabled',
      'Current messages: 1',
      ISSUE_LOG,
    ].join('\n');
    expect(detectCommand(t).command).toBe('display-logbuffer');
    expect(splitPaste(t).map((s) => s.command)).toEqual(['syslog', 'display-logbuffer']);
  });

  it('more log lines than the detection head holds, then the output', () => {
    const many = Array.from({ length: 3000 }, () => LOGS[0]).join('\n');
    const t = `${many}\n${farmText}`;
    expect(t.length).toBeGreaterThan(256 * 1024);
    expect(detectCommand(t).command).toBe('display-server-farm');
  });
});

describe('log lines only', () => {
  it('are syslog, read by the log parser', () => {
    const t = LOGS.join('\n');
    expect(detectCommand(t)).toEqual({ command: 'syslog', confidence: 'signature', line: 1 });
    // Every step reads logs (they are pooled for the run); sorted, they land on the first step.
    expect(stepForPaste(t)).toBe('farm-status');
    const { command, result } = parseAny(t);
    expect(command).toBe('syslog');
    expect(result.ok).toBe(true);
    expect((result.value as { entries: unknown[] }).entries).toHaveLength(3);
  });

  it('a display logbuffer without its echo is named by its header', () => {
    const t = ['Log buffer: Enabled', 'Max buffer size: 1024', 'Current messages: 3', ...LOGS].join(
      '\n',
    );
    expect(detectCommand(t)).toEqual({
      command: 'display-logbuffer',
      confidence: 'signature',
      line: 1,
    });
    expect(parseAny(t).result.ok).toBe(true);
  });
});
