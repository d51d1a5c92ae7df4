// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type {
  ArpData,
  InterfaceData,
  InterfaceStatus,
  LldpData,
  LogData,
  ProbeTemplate,
  ProbeTemplateData,
} from '@/domain/parsers/parsed-types';
import { ParsedView } from '../parsed-view';
import { render, text, type Rendered } from '@/testing/render';

// The parsers for these outputs are written elsewhere; the views are tested on hand-made values
// of the shapes in parsed-types.ts.

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function headers(container: HTMLElement): string[] {
  return [...container.querySelectorAll('th')].map((th) => text(th));
}

function rows(container: HTMLElement): string[][] {
  return [...container.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => text(td)),
  );
}

const iface = (over: Partial<InterfaceStatus>): InterfaceStatus => ({
  name: 'Ten-GigabitEthernet1/1/1',
  state: 'UP',
  up: true,
  lineProtocol: 'UP',
  description: null,
  mtu: 1500,
  maxFrameLength: 9216,
  jumboFrames: true,
  speed: '10Gbps',
  duplex: 'full',
  lastFlap: '6 hours 39 minutes 14 seconds',
  lastFlapSecondsAgo: 23954,
  rateWindowSeconds: 300,
  inputRate: { packetsPerSecond: 1203, bytesPerSecond: 154330 },
  outputRate: { packetsPerSecond: 88, bytesPerSecond: 9120 },
  inputPackets: 1000,
  outputPackets: 900,
  inputErrors: 0,
  crc: 0,
  outputErrors: 0,
  countersCleared: 'Never',
  line: 1,
  endLine: 40,
  fieldLines: {},
  ...over,
});

describe('ParsedView dispatches on the command id before the shape', () => {
  it('shows display interface as counters, not as interface configuration', () => {
    const data: InterfaceData = {
      interfaces: [
        iface({}),
        iface({
          name: 'Ten-GigabitEthernet1/1/2',
          state: 'DOWN ( Administratively )',
          up: false,
          crc: 1742,
          inputErrors: 1742,
          inputRate: null,
          line: 41,
        }),
      ],
    };
    view = render(<ParsedView command="display-interface" value={data} />);
    expect(headers(view.container)).toEqual([
      'Interface',
      'State',
      'Last flap',
      'Input rate',
      'Output rate',
      'CRC / input errors / output errors',
      'MTU',
      'Speed, duplex',
      'Line',
    ]);
    const r = rows(view.container);
    expect(r[0]).toEqual([
      'Ten-GigabitEthernet1/1/1',
      'UP',
      '6 hours 39 minutes 14 seconds',
      '1,203 pkts/s, 154,330 bytes/s',
      '88 pkts/s, 9,120 bytes/s',
      '0 / 0 / 0',
      '1500',
      '10Gbps, full',
      '1',
    ]);
    expect(r[1]?.[1]).toBe('DOWN ( Administratively )');
    expect(r[1]?.[3]).toBe('—');
    expect(r[1]?.[5]).toBe('1,742 / 1,742 / 0');
    // The errors stand out; the down state reads as bad, not as "up".
    const cells = view.container.querySelectorAll('tbody tr:nth-child(2) td');
    expect(cells[1]?.querySelector('span')?.className).toMatch(/text-red/);
    expect(cells[5]?.querySelector('span')?.className).toMatch(/text-red/);
    // Not the configuration table (which has a "Permitted VLANs" column).
    expect(view.container.textContent).not.toContain('Permitted VLANs');
  });

  it('still shows interface configuration by shape', () => {
    view = render(
      <ParsedView
        command="interface-configuration"
        value={{
          interfaces: [
            {
              name: 'Bridge-Aggregation33',
              description: null,
              aggregationMode: null,
              aggregationGroup: null,
              linkType: 'trunk',
              permitVlans: [[1973, 1973]],
              lines: [],
              line: 1,
              fieldLines: {},
            },
          ],
        }}
      />,
    );
    expect(headers(view.container)).toContain('Permitted VLANs');
  });

  it('shows a log buffer with its events, bad ones marked', () => {
    const data: LogData = {
      entries: [
        {
          time: 'Dec  4 03:12:55:123 2026',
          at: 0,
          host: 'LB-DC1',
          module: 'IFNET',
          level: 3,
          mnemonic: 'PHY_UPDOWN',
          message: 'Physical state on the interface Ten-GigabitEthernet1/1/1 changed to down.',
          event: {
            kind: 'link',
            interface: 'Ten-GigabitEthernet1/1/1',
            layer: 'physical',
            up: false,
          },
          line: 3,
          endLine: 3,
        },
        {
          time: 'Dec  4 03:13:02:001 2026',
          at: 7000,
          host: 'LB-DC1',
          module: 'LB',
          level: 5,
          mnemonic: 'LB_CHANGE_RS_HCSTATUS',
          message: 'The health state of real server app-1 changed to Probe-failed.',
          event: {
            kind: 'probe',
            server: 'app-1',
            farm: 'sf-app',
            address: '10.197.44.200',
            port: 80,
            template: null,
            ok: false,
            state: 'Probe-failed',
          },
          line: 4,
          endLine: 4,
        },
        {
          time: 'Dec  4 03:14:00:000 2026',
          at: 65000,
          host: 'LB-DC1',
          module: 'LAGG',
          level: 6,
          mnemonic: 'LAGG_ACTIVE',
          message: 'Member port XGE1/1/1 of aggregation group RAGG1 changed to the active state.',
          event: {
            kind: 'lagg-member',
            interface: 'XGE1/1/1',
            group: 'RAGG1',
            selected: true,
            reason: null,
          },
          line: 5,
          endLine: 5,
        },
        {
          time: 'Dec  4 03:15:00:000 2026',
          at: 125000,
          host: null,
          module: 'SHELL',
          level: 6,
          mnemonic: null,
          message: 'admin logged in.',
          event: null,
          line: 6,
          endLine: 6,
        },
      ],
    };
    view = render(<ParsedView command="display-logbuffer" value={data} />);
    expect(headers(view.container)).toEqual([
      'Time',
      'Module / mnemonic',
      'Message',
      'Event',
      'Line',
    ]);
    const r = rows(view.container);
    expect(r[0]?.[1]).toBe('IFNET/3/PHY_UPDOWN');
    expect(r[0]?.[3]).toBe('■ Ten-GigabitEthernet1/1/1: physical DOWN');
    expect(r[1]?.[3]).toBe('■ app-1 (10.197.44.200:80) [sf-app]: Probe-failed');
    expect(r[2]?.[3]).toBe('XGE1/1/1 Selected in RAGG1');
    expect(r[3]).toEqual(['Dec 4 03:15:00:000 2026', 'SHELL/6', 'admin logged in.', '—', '6']);
  });

  it('shows log lines (syslog) the same way, in Chinese', () => {
    const data: LogData = {
      entries: [
        {
          time: 'Dec  4 03:12:55:123 2026',
          at: 0,
          host: null,
          module: 'LAGG',
          level: 6,
          mnemonic: 'LAGG_INACTIVE_PARTNER',
          message: 'Member port XGE1/1/1 of aggregation group RAGG1 changed to the inactive state.',
          event: {
            kind: 'lagg-member',
            interface: 'XGE1/1/1',
            group: 'RAGG1',
            selected: false,
            reason: 'partner',
          },
          line: 1,
          endLine: 1,
        },
      ],
    };
    view = render(<ParsedView command="syslog" value={data} />, 'zh-CN');
    expect(headers(view.container)[0]).toBe('时间');
    expect(rows(view.container)[0]?.[3]).toBe('■ XGE1/1/1 在 RAGG1 中为非选中状态 (partner)');
  });

  it('shows LLDP neighbours', () => {
    const data: LldpData = {
      neighbors: [
        {
          localPort: 'XGE1/1/1',
          systemName: 'DC1-CORE-SW2',
          chassisId: '3c8c-40a1-0001',
          portId: 'Ten-GigabitEthernet1/0/33',
          portDescription: null,
          line: 4,
          fieldLines: {},
        },
        {
          localPort: 'XGE1/1/0',
          systemName: null,
          chassisId: null,
          portId: null,
          portDescription: null,
          line: 5,
          fieldLines: {},
        },
      ],
    };
    view = render(<ParsedView command="display-lldp-neighbor" value={data} />);
    expect(headers(view.container)).toEqual(['Local port', 'System name', 'Port ID', 'Line']);
    expect(rows(view.container)).toEqual([
      ['XGE1/1/1', 'DC1-CORE-SW2', 'Ten-GigabitEthernet1/0/33', '4'],
      ['XGE1/1/0', '—', '—', '5'],
    ]);
  });

  it('shows ARP entries', () => {
    const data: ArpData = {
      entries: [
        {
          ip: '10.197.44.200',
          mac: '70ba-ef6a-21c4',
          vlan: 1973,
          interface: 'RAGG1.1973',
          aging: 18,
          type: 'D',
          vpnInstance: 'HLW',
          line: 4,
        },
      ],
      query: '10.197.44.200',
      vpnInstance: 'HLW',
      answered: true,
    };
    view = render(<ParsedView command="display-arp" value={data} />);
    expect(headers(view.container)).toEqual([
      'IP address',
      'MAC address',
      'VLAN',
      'Interface',
      'Type',
      'VPN instance',
      'Line',
    ]);
    expect(rows(view.container)).toEqual([
      ['10.197.44.200', '70ba-ef6a-21c4', '1973', 'RAGG1.1973', 'D', 'HLW', '4'],
    ]);
  });

  it('says "no entry" when the device answered an ARP query with none', () => {
    const answered: ArpData = { entries: [], query: '10.1.1.5', vpnInstance: null, answered: true };
    view = render(<ParsedView command="display-arp" value={answered} />);
    expect(text(view.container)).toBe('No ARP entry for 10.1.1.5: the device answered with none.');
    expect(view.container.querySelector('table')).toBeNull();
    view.unmount();

    view = render(
      <ParsedView
        command="display-arp"
        value={{ entries: [], query: null, vpnInstance: null, answered: true }}
      />,
      'zh-CN',
    );
    expect(text(view.container)).toBe('设备上没有对应的 ARP 表项。');
    view.unmount();

    view = render(
      <ParsedView
        command="display-arp"
        value={{ entries: [], query: null, vpnInstance: null, answered: false }}
      />,
    );
    expect(text(view.container)).toBe('No ARP entries in this output.');
  });

  it('shows probe templates, with the device default where a value is not configured', () => {
    const base: ProbeTemplate = {
      type: 'http',
      name: 'http-app',
      destinationPort: 8080,
      destinationIp: null,
      timeoutMs: 1000,
      frequencyMs: null,
      url: 'http://app.example/health',
      expectStatus: [
        [200, 299],
        [302, 302],
      ],
      expectData: null,
      version: null,
      operation: 'get',
      vpnInstance: null,
      sourceIp: null,
      sslClientPolicy: null,
      reactionProbeFail: null,
      reactionProbePass: null,
      lines: [],
      line: 1,
      fieldLines: {},
    };
    const data: ProbeTemplateData = {
      templates: [
        base,
        {
          ...base,
          type: 'https',
          name: 'https-api',
          destinationPort: null,
          timeoutMs: null,
          url: null,
          expectStatus: null,
          sslClientPolicy: 'sslc-api',
          line: 9,
        },
      ],
    };
    view = render(<ParsedView command="probe-template-configuration" value={data} />);
    expect(headers(view.container)).toEqual([
      'Name',
      'Type',
      'Port',
      'Timeout',
      'URL',
      'Expected status',
      'SSL client policy',
      'Line',
    ]);
    expect(rows(view.container)).toEqual([
      [
        'http-app',
        'http',
        '8080',
        '1,000 ms',
        'http://app.example/health',
        '200-299, 302',
        '—',
        '1',
      ],
      ['https-api', 'https', '—', '3000 ms (default)', '—', '—', 'sslc-api', '9'],
    ]);
  });
});
