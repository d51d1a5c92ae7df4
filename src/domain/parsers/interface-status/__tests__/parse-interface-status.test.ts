import { describe, expect, it } from 'vitest';
import { parseInterfaceStatus } from '../parse-interface-status';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fixture = (name: string) => texts[`../__fixtures__/${name}`] ?? '';
const codes = (r: { warnings: { code: string; line: number | null }[] }) =>
  r.warnings.map((w) => `${w.code}@${w.line}`);

/** The GigabitEthernet0/0 block of ntc8 (lines 30-69): flapping, dates and traffic. */
const ge00 = fixture('display-interface__ntc8.txt').split('\n').slice(29, 69);

describe('parseInterfaceStatus: what the wizard relies on', () => {
  it('keeps the port own rates, not the IPv4/IPv6 statistics printed after its counters', () => {
    const r = parseInterfaceStatus(fixture('display-interface__ntc.txt'));
    const ge = r.value?.interfaces.find((i) => i.name === 'GigabitEthernet1/1/0/31');
    expect(ge?.fieldLines.inputRate).toBe(77);
    expect(ge?.fieldLines.inputPackets).toBe(79);
    expect(ge?.endLine).toBe(102);
  });

  it('reads non-zero input errors and CRC (a physically bad member)', () => {
    const r = parseInterfaceStatus(
      fixture('display-interface__cw5-ge-hybrid-input-errors-crc-aborts__ruby-spec.txt'),
    );
    const i = r.value?.interfaces[0];
    expect([i?.inputErrors, i?.crc, i?.fieldLines.crc, i?.inputRate?.packetsPerSecond]).toEqual([
      13, 8, 31, 13722,
    ]);
  });

  it('reads the MTU, frame length and jumbo setting in every spelling', () => {
    const r = parseInterfaceStatus(fixture('display-interface__ntc10.txt'));
    expect(r.value?.interfaces.map((i) => [i.mtu, i.maxFrameLength, i.jumboFrames])).toEqual([
      [null, 1500, null],
      [9008, 10000, true],
      [9008, 10000, true],
      [9008, 10000, true],
    ]);
    const cw5 = parseInterfaceStatus(fixture('display-interface__ntc_stp-down_jumbo.txt'));
    expect(cw5.value?.interfaces.map((i) => [i.maxFrameLength, i.jumboFrames])).toEqual([
      [1518, false],
      [1536, false],
    ]);
  });

  it('takes the last flap from the physical up/down dates when "Last link flapping" is missing', () => {
    const text = ge00.filter((l) => !l.startsWith('Last link flapping')).join('\n');
    const i = parseInterfaceStatus(text).value?.interfaces[0];
    // Up at 2021-12-30 00:08:22 (later than the down), system time 2023-03-13 14:27:45, same zone.
    expect([i?.lastFlap, i?.lastFlapSecondsAgo, i?.fieldLines.lastFlap]).toEqual([
      '2021-12-30 00:08:22 SAR+03:00:00',
      37894763,
      20,
    ]);
  });

  it('gives no distance when the dates are in different zones or there is no system time', () => {
    const noNow = ge00
      .filter((l) => !l.startsWith('Last link flapping') && !l.startsWith('Current system'))
      .join('\n');
    const a = parseInterfaceStatus(noNow).value?.interfaces[0];
    expect([a?.lastFlap, a?.lastFlapSecondsAgo]).toEqual([
      '2021-12-30 00:08:22 SAR+03:00:00',
      null,
    ]);
    const otherZone = ge00
      .filter((l) => !l.startsWith('Last link flapping'))
      .join('\n')
      .replace('14:27:45 SAR+03:00:00', '14:27:45 UTC');
    expect(parseInterfaceStatus(otherZone).value?.interfaces[0]?.lastFlapSecondsAgo).toBeNull();
  });

  it('leaves lastFlap null for a port that never went up or down', () => {
    const text = fixture('display-interface__ntc_release_09119P17.txt')
      .split('\n')
      .slice(0, 46)
      .filter((l) => !l.startsWith('Last link flapping'))
      .join('\n');
    const i = parseInterfaceStatus(text).value?.interfaces[0];
    expect([i?.lastFlap, i?.lastPhysicalUp, i?.lastPhysicalDown]).toEqual([null, null, null]);
  });

  it('reads several pastes one after the other, each block with its own lines', () => {
    const a = fixture('display-interface__ntc3.txt').replace(/\n$/, '');
    const b = fixture('display-interface__ntc2.txt');
    const r = parseInterfaceStatus(`${a}\n${b}`);
    expect(r.warnings).toEqual([]);
    expect(r.value?.interfaces.map((i) => [i.name, i.line, i.endLine])).toEqual([
      ['Bridge-Aggregation1', 1, 29],
      ['FortyGigE1/0/49', 30, 71],
      ['InLoopBack0', 73, 83],
      ['M-GigabitEthernet0/0/0', 85, 108],
    ]);
  });

  it('reads a brief table followed by a detailed block (no echo in between)', () => {
    const brief = fixture('display-interface-brief__ntc_release_9119P17.txt').replace(/\n+$/, '');
    const detail = fixture('display-interface__ntc3.txt');
    const r = parseInterfaceStatus(`${brief}\n${detail}`);
    expect(r.warnings).toEqual([]);
    const last = r.value?.interfaces.at(-1);
    expect([last?.name, last?.source, last?.line, last?.inputPackets]).toEqual([
      'Bridge-Aggregation1',
      'detail',
      28,
      5540021,
    ]);
  });
});

describe('parseInterfaceStatus: edge cases', () => {
  it('says empty and wrong-command', () => {
    expect(parseInterfaceStatus('').errors[0]?.code).toBe('empty-input');
    expect(parseInterfaceStatus('\n  \n<LB>\n').errors[0]?.code).toBe('empty-input');
    const r = parseInterfaceStatus('hello world\nthis is not it');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe('wrong-command');
    expect(r.errors[0]?.message).toContain('display interface');
    expect(codes(r)).toEqual(['unrecognised-line@1', 'unrecognised-line@2']);
  });

  it('an empty brief table (headers, no rows) is a real, empty answer', () => {
    const r = parseInterfaceStatus(
      [
        '<LB>display interface brief down',
        'Brief information on interfaces in route mode:',
        'Link: ADM - administratively down; Stby - standby',
        'Interface            Link Cause',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(r.value?.interfaces).toEqual([]);
  });

  it('a name with nothing after it is not an interface', () => {
    const r = parseInterfaceStatus('GigabitEthernet1/0/1\n');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe('wrong-command');
    expect(codes(r)).toEqual(['interface-without-data@1']);
  });

  it('a block without its state line is kept, with a warning', () => {
    const r = parseInterfaceStatus('GigabitEthernet1/0/1\nDescription: uplink\n');
    expect(r.value?.interfaces[0]?.description).toBe('uplink');
    expect(r.value?.interfaces[0]?.up).toBeNull();
    expect(codes(r)).toEqual(['missing-state@1']);
  });

  it('maps every known state and warns on an unknown one', () => {
    const states = [
      ['UP', true],
      ['DOWN', false],
      ['Administratively DOWN', false],
      ['DOWN ( Administratively )', false],
      ['DOWN ( Link-Aggregation interface down )', false],
      ['STP DOWN', false],
      ['OFP DOWN', false],
      ['MAD ShutDown', false],
      ['mac-address moving down', false],
      ['Storm-Constrain', false],
    ] as const;
    for (const [state, up] of states) {
      const r = parseInterfaceStatus(`XGE1/0/1\nCurrent state: ${state}\n`);
      expect(r.value?.interfaces[0]?.up, state).toBe(up);
      expect(r.warnings, state).toEqual([]);
    }
    const r = parseInterfaceStatus('XGE1/0/1\nCurrent state: Testing\n');
    expect(r.value?.interfaces[0]?.state).toBe('Testing');
    expect(r.value?.interfaces[0]?.up).toBeNull();
    expect(codes(r)).toEqual(['unknown-state@2']);
  });

  it('brief: Stby leaves up unknown; ADM is down; "--" is no protocol and no description', () => {
    const r = parseInterfaceStatus(
      [
        'Brief information on interfaces in route mode:',
        'Interface            Link Protocol Main IP         Description',
        'GE1/0/1              Stby DOWN     --              backup link',
        'GE1/0/2              ADM  DOWN     --              --',
        'REG0                 UP   --       --',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    expect(
      r.value?.interfaces.map((i) => [i.name, i.state, i.up, i.lineProtocol, i.description]),
    ).toEqual([
      ['GE1/0/1', 'Stby', null, 'DOWN', 'backup link'],
      ['GE1/0/2', 'ADM', false, 'DOWN', null],
      ['REG0', 'UP', true, null, null],
    ]);
  });

  it('brief: a table copied without its title is read from its column header', () => {
    const r = parseInterfaceStatus(
      [
        'Interface            Link Speed   Duplex Type PVID Description',
        'BAGG10               UP   20G(a)  F(a)   T    4094 mydescr',
        'GE1/0/2              DOWN auto    A      A    1',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    expect(
      r.value?.interfaces.map((i) => [i.name, i.up, i.speed, i.duplex, i.description]),
    ).toEqual([
      ['BAGG10', true, '20G(a)', 'full', 'mydescr'],
      ['GE1/0/2', false, 'auto', 'auto', null],
    ]);
  });

  it('reads old rate layouts and minute windows', () => {
    const r = parseInterfaceStatus(
      [
        'GigabitEthernet3/0/1 current state : UP',
        'Last 5 minutes input rate 229 bytes/sec, 2 packets/sec',
        'Last 5 minutes output rate 25 bytes/sec, 0 packets/sec',
      ].join('\n'),
    );
    const i = r.value?.interfaces[0];
    expect(r.warnings).toEqual([]);
    expect([i?.rateWindowSeconds, i?.inputRate, i?.outputRate]).toEqual([
      300,
      { packetsPerSecond: 2, bytesPerSecond: 229 },
      { packetsPerSecond: 0, bytesPerSecond: 25 },
    ]);
  });

  it('a "-" counter or rate is null, with its line kept', () => {
    const r = parseInterfaceStatus(
      [
        'XGE1/0/1',
        'Current state: UP',
        'Last 300 seconds input: - packets/sec - bytes/sec -%',
        'Input:  - input errors, 0 runts, 0 giants, - throttles',
        '        - CRC, 0 frame, - overruns, 0 aborts',
      ].join('\n'),
    );
    const i = r.value?.interfaces[0];
    expect([i?.inputRate, i?.inputErrors, i?.crc, i?.fieldLines.crc]).toEqual([
      { packetsPerSecond: null, bytesPerSecond: null },
      null,
      null,
      5,
    ]);
  });

  it('warns when "Last link flapping" is not a duration', () => {
    const r = parseInterfaceStatus('XGE1/0/1\nCurrent state: UP\nLast link flapping: soon\n');
    expect(r.value?.interfaces[0]?.lastFlap).toBe('soon');
    expect(r.value?.interfaces[0]?.lastFlapSecondsAgo).toBeNull();
    expect(codes(r)).toEqual(['unreadable-duration@3']);
  });

  it('reports lines it does not know inside a block', () => {
    const r = parseInterfaceStatus('XGE1/0/1\nCurrent state: UP\nSomething new: 42\n');
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['unrecognised-line@3']);
  });
});
