/** The normaliser's view of Comware log lines: every time stamp form is noise, nothing else is. */
import { describe, expect, it } from 'vitest';
import { normalise, scanPaste } from '../normalise';

const kindOf = (line: string) => {
  const p = normalise(line);
  return p.noise[0]?.kind ?? (p.lines[0]?.text === undefined ? 'none' : 'output');
};

describe('log lines are syslog noise', () => {
  it.each([
    // log buffer / console, Comware 7 and 5 (ru-lab, yeslab, H3C and HP manuals)
    '%Oct  4 20:16:23:800 2025 Reg2-DSW LAGG/6/LAGG_INACTIVE_NODEREMOVE: Member port XGE2/0/49 ...',
    '%Aug 28 18:51:32:867 2018 BD-H3C5110-11 IFNET/3/LINK_UPDOWN: GigabitEthernet1 link status is DOWN',
    '*Apr 29 21:47:25:630 2011 Sysname NQA/7/ Reaction: -VD=1; NQA entry (admin-test): x',
    '%Jun 19 18:03:24:55 2006 Sysname SYSLOG /7/SYS_RESTART:System restarted',
    '#Apr  2 00:01:22:335 2000 H3C IFNET/4/INTERFACE UPDOWN: x',
    // log host copies: %%10, (l), seconds only, iso, stored date, no-year-date, priority
    'Jan 10 17:17:02 2020 wangkongshi %%10IFNET/3/LINK_UPDOWN(l): Ethernet1/0/1 link status is DOWN.',
    '2009-09-21T15:32:55 Sysname %%10SHELL/5/SHELL_LOGIN(l): x',
    '2018-08-27 12:21:31 bd LAGG/6/LAGG_INACTIVE_PHYSTATE: x',
    'Dec  8 10:12:21 Sysname %%10IFNET/3/PHY_UPDOWN: x',
    '<189>Oct 13 16:48:08 2000 Sysname %%10SHELL/5/SHELL_LOGIN(l): VTY logged in from 192.168.1.21',
    // boot time, after a mark only
    '*0.349815585 Sysname NTDP/8/Debug_Rcv_Msg:',
    // printed behind a prompt (hcl-blog capture)
    '[SW-1-GigabitEthernet1/0/1]%May 16 11:04:37:748 2025 H3C IFNET/3/PHY_UPDOWN: x',
    '<H3C>%Feb 14 14:07:56:994 2026 H3C IFNET/3/PHY_UPDOWN: x',
  ])('%s', (line) => {
    expect(kindOf(line)).toBe('syslog');
  });
});

describe('output lines stay output', () => {
  it.each([
    'Start time: 2011-07-29 19:12:36  TTL: 28s',
    '2009-09-21 15:32:55 is when it happened',
    'Jan 10 17:17:02 2020 only a date',
    '0.349815585 Sysname NTDP/8/x',
    '  Server farm: sf',
    '[Tunnel] legend',
    '%Dec  4',
    '# Create VLAN 10.',
  ])('%s', (line) => {
    expect(kindOf(line)).toBe('output');
  });

  it('an echoed command after a prompt is still an echo', () => {
    expect(kindOf('<LB01>display logbuffer')).toBe('echo');
  });
});

describe('around log lines', () => {
  it('a duplicate-suppression note right after a log line goes with it', () => {
    const p = normalise(
      '%Jan  1 07:28:19:639 2000 Sysname ARP/6/DUPIFIP: Duplicate address 172.16.0.1\n This message repeated 4 times in last 30 seconds.\n This message repeated 4 times in last 30 seconds.',
    );
    expect(p.noise.map((n) => [n.no, n.kind])).toEqual([
      [1, 'syslog'],
      [2, 'syslog'],
    ]);
    expect(p.lines.map((l) => l.no)).toEqual([3]);
  });

  it('hands noise to onNoise in paste order, between the output lines, and keeps none', () => {
    const seen: string[] = [];
    const kept = scanPaste(
      'a\n%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: x\nb\n<LB01>\n<LB01>display logbuffer',
      (no) => seen.push(`line ${no}`),
      undefined,
      (no, kind) => seen.push(`${kind} ${no}`),
    );
    expect(seen).toEqual(['line 1', 'syslog 2', 'line 3', 'prompt 4', 'echo 5']);
    expect(kept.noise).toEqual([]);
    expect(kept.commands.map((c) => c.command)).toEqual(['display logbuffer']);
  });

  it('a pager that erased itself leaves the next line as the terminal shows it', () => {
    const p = normalise(
      '  ---- More ----\u001b[16D                \u001b[16D  XGE1/0/1  S  32768\n  ---- More ----\u001b[16D                \u001b[16D%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: x',
    );
    expect(p.lines.map((l) => l.text)).toEqual(['  XGE1/0/1  S  32768']);
    expect(p.noise.map((n) => [n.no, n.kind])).toEqual([[2, 'syslog']]);
  });

  it('a huge line after a time stamp costs nothing', () => {
    const t0 = performance.now();
    normalise(`%Dec  4 03:12:55:123 2026 ${' '.repeat(2_000_000)}X/7/y: z`);
    normalise(`[${'L'.repeat(60)}]${'%Dec  4 03:12:55 '.repeat(100_000)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
