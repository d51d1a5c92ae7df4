import { describe, expect, it } from 'vitest';
import { parseLogbuffer, type LogbufferParsed } from '../parse-logbuffer';
import { lossless, truncate } from '../../shared/testing/mangle';
import {
  describeNeverThrows,
  json,
  pairFixtures,
  remapLines,
} from '../../shared/testing/fixture-harness';

const fixtures = pairFixtures(
  import.meta.glob('../__fixtures__/*.txt', { query: '?raw', import: 'default', eager: true }),
  import.meta.glob('../__fixtures__/*.expected.json', { import: 'default', eager: true }),
);

const unrecognised = (...lines: number[]) => lines.map((n) => ['unrecognised-line', n]);
/** Lines each fixture cannot explain, read from the files (prompts the normaliser does not know, ping output). */
const expectedWarnings: Record<string, unknown[]> = {
  // `[Reg2-DSW]int range ...`, `[Reg2-DSW-if-range]shut`: configuration typed after a prompt.
  'logbuffer__cw7-irf-split-lagg-noderemove-lldp-slot__ru-lab.txt': unrecognised(1, 2),
  // `[SW-1]int g 1/0/1`, the Y/N question, `[SW-1-GigabitEthernet1/0/1] ip add ...`
  'logbuffer__cw7-log-glued-to-prompt-phy-link-updown__hcl-blog.txt': unrecognised(1, 3, 8),
  // The ping header, `Request time out` and the statistics between the log lines.
  'logbuffer__doc-cw7-early-mdc-link-status-modem-debug-around-ping__h3c-cn-ddr-debug-ref.txt':
    unrecognised(2, 16, 18, 19),
  'nqa-debug-reaction-syslog__doc-probe-fail-trigger__h3c-cn-debug-ref.txt': unrecognised(1),
  // `[Sysname] track ...`, `type icmp-echo`, `destination ip`, `reaction 1 ...`, `clock datetime`
  'nqa-reaction-syslog__doc-status-changed-over-threshold__h3c-cn-debug-ref.txt': unrecognised(
    4,
    6,
    7,
    8,
    17,
  ),
  // The ping header and the ping's own lines after the last debug entry.
  'ping__cw7-partial-loss-first-timeout-stddev-debug-interleaved__h3c-ddr-debug-doc.txt':
    unrecognised(3, 38, 39, 40, 41, 42, 43, 44, 45),
};

const value = (text: string) => parseLogbuffer(text).value as LogbufferParsed;
const codes = (text: string) => parseLogbuffer(text).warnings.map((w) => [w.code, w.line]);
/** Fixtures whose entries go on over indented lines: stripping the indent changes what they say. */
const indentMatters = (v: LogbufferParsed) => v.entries.some((e) => e.message.includes('\n'));

describe('parseLogbuffer on real and documented captures', () => {
  it('has an expected value for every fixture', () => {
    expect(fixtures.length).toBe(14);
    for (const f of fixtures) expect(f.expected, f.name).toBeDefined();
  });

  for (const f of fixtures) {
    it(`reads ${f.name}`, () => {
      const r = parseLogbuffer(f.text);
      expect(r.ok).toBe(true);
      expect(r.errors).toEqual([]);
      expect(json(r)).toEqual(f.expected);
      expect(codes(f.text)).toEqual(expectedWarnings[f.name] ?? []);
    });

    it(`gives the same values for every lossless mangle of ${f.name}`, () => {
      const base = value(f.text);
      for (const m of lossless(f.text, 'display logbuffer')) {
        if (m.name === 'strip-indent' && indentMatters(base)) continue;
        const got = value(m.text);
        const want = remapLines(base, m.mapLine) as LogbufferParsed;
        if (m.name === 'syslog') {
          // The interleaved log line (new line 3) is an entry here, not noise: it is read and
          // the rest stays, unless it lands inside an entry that goes on over lines 2-3.
          if (base.entries.some((e) => e.line <= 2 && e.endLine > 2)) continue;
          const extra = got.entries.find((e) => e.line === 3);
          expect(extra?.module, m.name).toBe('NQA');
          expect({ ...got, entries: got.entries.filter((e) => e !== extra) }, m.name).toEqual(want);
        } else expect(got, m.name).toEqual(want);
        expect(codes(m.text), m.name).toEqual(
          codes(f.text).map(([c, l]) => [c, l === null ? null : m.mapLine(l as number)]),
        );
      }
    });

    it(`keeps every entry printed before a cut in ${f.name}`, () => {
      const full = value(f.text);
      const lineCount = f.text.replace(/\n$/, '').split('\n').length;
      for (let k = 1; k <= lineCount; k++) {
        const got = parseLogbuffer(truncate(f.text, k).text).value?.entries ?? [];
        for (const e of full.entries)
          if (e.endLine <= k)
            expect(
              got.find((g) => g.line === e.line),
              `cut at ${k}`,
            ).toEqual(e);
      }
    });
  }
});

describe('parseLogbuffer: header, answers and errors', () => {
  it('a header saying the buffer is empty is an answer', () => {
    const r = parseLogbuffer(
      '<LB01>display logbuffer\nLog buffer: Enabled\nMax buffer size: 1024\nActual buffer size: 512\nDropped messages: 0\nOverwritten messages: 0\nCurrent messages: 0\n<LB01>',
    );
    expect(r.ok).toBe(true);
    expect(r.value?.entries).toEqual([]);
    expect(r.value?.buffers[0]?.currentMessages).toBe(0);
  });

  it('a header promising messages with none after it is an error that keeps the header', () => {
    const r = parseLogbuffer('Log buffer: Enabled\nCurrent messages: 125\n');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['no-log-entries', 2]]);
    expect(r.value?.buffers[0]?.enabled).toBe(true);
  });

  it('reads the Comware 5 / VRP header form', () => {
    const r = parseLogbuffer(
      [
        'Logging buffer configuration and contents:enabled',
        'Allowed max buffer size : 1024',
        'Actual buffer size : 512',
        'Channel number : 4 , Channel name : logbuffer',
        'Dropped messages : 0',
        'Overwritten messages : 0',
        'Current messages : 1',
        '',
        '%Jun 17 15:57:09:578 2006 Sysname SYSLOG/7/SYS_RESTART:System restarted --',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    expect(r.value?.buffers).toEqual([
      {
        enabled: true,
        maxBufferSize: 1024,
        actualBufferSize: 512,
        channelNumber: 4,
        channelName: 'logbuffer',
        droppedMessages: 0,
        overwrittenMessages: 0,
        currentMessages: 1,
        line: 1,
        fieldLines: {
          enabled: 1,
          maxBufferSize: 2,
          actualBufferSize: 3,
          channelNumber: 4,
          channelName: 4,
          droppedMessages: 5,
          overwrittenMessages: 6,
          currentMessages: 7,
        },
      },
    ]);
    expect(r.value?.entries.map((e) => e.line)).toEqual([9]);
  });

  it('says empty, wrong command and garbage', () => {
    expect(parseLogbuffer('').errors[0]?.code).toBe('empty-input');
    expect(parseLogbuffer('\n  \n<LB01>\n[LB01]\n').errors[0]?.code).toBe('empty-input');
    const farm = parseLogbuffer('Server farm: sf\n  Predictor: Round robin\n');
    expect(farm.ok).toBe(false);
    expect(farm.errors[0]?.code).toBe('wrong-command');
    expect(farm.errors[0]?.message).toContain('display logbuffer');
    expect(farm.warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(parseLogbuffer('\u0000\u0001 %%% ::: /7/').errors[0]?.code).toBe('wrong-command');
  });
});

describe('parseLogbuffer: time stamps and line forms', () => {
  const one = (line: string) => parseLogbuffer(line).value?.entries[0];

  it('reads every info-center time stamp form', () => {
    // iso (log host), as syslog servers store it, no-year-date, boot time, a log host priority
    expect(
      one('2009-09-21T15:32:55 Sysname %%10SHELL/5/SHELL_LOGIN(l): admin logged in from 1.1.1.1'),
    ).toMatchObject({
      time: '2009-09-21T15:32:55',
      at: Date.UTC(2009, 8, 21, 15, 32, 55),
      mnemonic: 'SHELL_LOGIN',
      mark: null,
    });
    expect(
      one(
        '2018-08-27 12:21:31.437+08:00 bd LAGG/6/LAGG_ACTIVE: Member port XGE1/0/33 of aggregation group BAGG33 changed to the active state.',
      ),
    ).toMatchObject({
      time: '2018-08-27 12:21:31.437+08:00',
      at: Date.UTC(2018, 7, 27, 12, 21, 31, 437),
    });
    expect(one('Dec  8 10:12:21 Sysname %%10IFNET/3/PHY_UPDOWN: x')).toMatchObject({
      time: 'Dec  8 10:12:21',
      at: null,
    });
    expect(one('*0.349815585 Sysname NTDP/8/Debug_Rcv_Msg: Receiving Msg')).toMatchObject({
      time: '0.349815585',
      at: null,
      level: 8,
      mark: '*',
    });
    expect(
      one(
        '<189>Oct 13 16:48:08 2000 Sysname %%10SHELL/5/SHELL_LOGIN(l): VTY logged in from 192.168.1.21',
      ),
    ).toMatchObject({ time: 'Oct 13 16:48:08 2000', host: 'Sysname', module: 'SHELL' });
    expect(one('#Apr  2 00:01:22:335 2000 H3C IFNET/4/INTERFACE UPDOWN: x')).toMatchObject({
      mark: '#',
      mnemonic: 'INTERFACE UPDOWN',
    });
  });

  it('reads a mnemonic with a blank in it (`IFNET/4/LINK UPDOWN`, the form the task named)', () => {
    expect(
      one(
        '%Apr  2 14:02:21:593 2000 H3C IFNET/4/LINK UPDOWN: GigabitEthernet1/0/1 link status is DOWN',
      ),
    ).toMatchObject({
      mnemonic: 'LINK UPDOWN',
      event: { kind: 'link', interface: 'GigabitEthernet1/0/1', layer: 'physical', up: false },
    });
  });

  it('keeps an impossible date verbatim and says so', () => {
    const r = parseLogbuffer('%Feb 30 10:00:00:000 2026 LB01 IFNET/3/PHY_UPDOWN: x');
    expect(r.value?.entries[0]).toMatchObject({ time: 'Feb 30 10:00:00:000 2026', at: null });
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['impossible-time', 1]]);
  });

  it('reads a whole paste of log lines from a 10 MB-style run in order', () => {
    const lines = Array.from(
      { length: 50 },
      (_, i) =>
        `%Dec  4 03:12:${String(i).padStart(2, '0')}:123 2026 LB01 IFNET/3/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet1/0/${i} changed to ${i % 2 ? 'up' : 'down'}.`,
    );
    const v = value(lines.join('\n'));
    expect(v.entries.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
    expect(v.entries.every((e, i) => e.at === Date.UTC(2026, 11, 4, 3, 12, i, 123))).toBe(true);
  });

  it('does not take output printed after a long log line as its text', () => {
    const t = [
      '%Jun 13 09:39:52:954 2012 Sysname IFNET/3/PHY_UPDOWN: -MDC=1; Serial2/1/2 link status is UP.',
      'Request time out',
    ].join('\n');
    const r = parseLogbuffer(t);
    expect(r.value?.entries[0]?.message).toBe('Serial2/1/2 link status is UP.');
    expect(r.value?.entries[0]?.event).toEqual({
      kind: 'link',
      interface: 'Serial2/1/2',
      layer: 'physical',
      up: true,
    });
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });
});

describeNeverThrows(
  'parseLogbuffer',
  parseLogbuffer,
  fixtures.map((f) => f.text),
  [
    'a'.repeat(1_000_000),
    `%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: ${'x'.repeat(1_000_000)}`,
    `%Dec  4 03:12:55:123 2026 ${' '.repeat(1_000_000)}IFNET/3/X: y`,
    `%Dec${' '.repeat(1_000_000)}4`,
    `Log buffer: ${'E'.repeat(1_000_000)}`,
    `%Jan  1 00:00:00:000 2000 H LAGG/6/LAGG_ACTIVE: Member port ${'X'.repeat(1_000_000)}`,
    `*${'1'.repeat(500_000)}.${'2'.repeat(500_000)} H X/7/Y: z`,
    `[${'H'.repeat(1_000_000)}]%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: x`,
  ],
);
