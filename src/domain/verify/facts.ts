/**
 * Typed facts read from parsed outputs, one per element (a member port, a real server, a ping
 * destination...), so outputs before and after a fix are compared element by element rather than
 * as text. Only what a fix can change is kept: counters, rates, times, ages, source ports and
 * session ids are left out, because they differ between any two runs of a command.
 */
import type { Fact, FactHealth, FactKind } from '../run-types';
import type { StepInputs } from '../graph/parse-step';
import type { StepInput } from '../rules/evidence';
import { ev } from '../rules/evidence';
import {
  canonicalInterfaceName,
  isAggregateInterface,
} from '../parsers/interface-config/interface-names';

const iface = (name: string) => canonicalInterfaceName(name).toLowerCase();

function fact(
  input: StepInput<unknown>,
  kind: FactKind,
  key: string,
  subject: string,
  value: string,
  health: FactHealth,
  lines: Array<number | null | undefined>,
): Fact {
  return {
    // An aggregate's mode is one element whether read from its configuration or its LACP state.
    key: key.startsWith('aggregation-mode|') ? key : `${kind}|${key}`,
    kind,
    subject,
    value,
    health,
    evidence: ev(input.step, input.index, lines),
  };
}

const lagStatus: Record<'S' | 'U' | 'I', string> = {
  S: 'Selected (S)',
  U: 'Unselected (U)',
  I: 'Individual (I)',
};

/** Real-server states that mean the server takes no traffic because something is wrong. */
const badServerState = /^(probe-failed|shutdown|inactive)$/i;

/** Session states that say the server answered and did not refuse. */
const refused = /RST|CLOS|SYN_SENT/i;

function vlanText(ranges: Array<[number, number]> | null): string | null {
  if (ranges === null) return null;
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(' ');
}

export function factsFrom(inputs: StepInputs): Fact[] {
  const out: Fact[] = [];

  for (const input of inputs.farm) {
    for (const farm of input.value.farms) {
      const total = farm.totalRealServers;
      const active = farm.activeRealServers;
      if (total !== null && active !== null) {
        const health: FactHealth =
          total > 0 && active === total ? 'good' : active === 0 && total > 0 ? 'bad' : 'neutral';
        out.push(
          fact(
            input,
            'farm-active',
            farm.name,
            `${farm.name}: active real servers`,
            `${active}/${total}`,
            health,
            [farm.fieldLines.activeRealServers, farm.fieldLines.totalRealServers],
          ),
        );
      }
      for (const rs of farm.realServers) {
        const health: FactHealth = /^active$/i.test(rs.state)
          ? 'good'
          : badServerState.test(rs.state)
            ? 'bad'
            : 'neutral';
        out.push(
          fact(
            input,
            'real-server',
            `${farm.name}|${rs.name}`,
            `${rs.name}${rs.address ? ` (${rs.address})` : ''} in ${farm.name}`,
            rs.state,
            health,
            [rs.line],
          ),
        );
      }
    }
  }

  for (const input of inputs.ping) {
    for (const p of input.value.pings) {
      const loss =
        p.lossPercent ??
        (p.transmitted
          ? Math.round((100 * (p.transmitted - (p.received ?? 0))) / p.transmitted)
          : null);
      if (loss === null) continue;
      const vpn = p.vpnInstance ? ` (VPN ${p.vpnInstance})` : '';
      // Comware's default payload (56 bytes) is the same element whether the header showed it or not.
      const size = p.size === null || p.size === 56 ? null : p.size;
      out.push(
        fact(
          input,
          'ping',
          `${p.vpnInstance ?? ''}|${p.destination}|${size ?? ''}|${p.dontFragment ? 'df' : ''}`,
          `ping ${p.destination}${vpn}${size !== null ? `, ${size} bytes` : ''}${p.dontFragment ? ', DF' : ''}`,
          `${loss}% loss`,
          loss === 0 ? 'good' : 'bad',
          [p.fieldLines.lossPercent ?? p.endLine],
        ),
      );
    }
  }

  for (const input of inputs.session) {
    // Several sessions to one server and port (one per probe, each with its own source port) are
    // one element: the probe to that server.
    const groups = new Map<
      string,
      { subject: string; states: Set<string>; replied: number; total: number; lines: number[] }
    >();
    for (const s of input.value.sessions) {
      const i = s.initiator;
      if (!i.destinationIp) continue;
      const key = `${i.vpnInstance ?? ''}|${i.destinationIp}|${i.destinationPort ?? ''}|${i.protocol ?? ''}`;
      const g = groups.get(key) ?? {
        subject: `${i.protocol ? `${i.protocol.replace(/\(\d+\)$/, '')} ` : ''}session to ${i.destinationIp}${i.destinationPort !== null ? `:${i.destinationPort}` : ''}`,
        states: new Set<string>(),
        replied: 0,
        total: 0,
        lines: [],
      };
      g.total++;
      if (s.state) g.states.add(s.state);
      const replies = s.responderToInitiator?.packets ?? 0;
      if (replies > 0 && !refused.test(s.state ?? '')) g.replied++;
      g.lines.push(s.fieldLines.state ?? s.line, s.fieldLines.responderToInitiator ?? s.endLine);
      groups.set(key, g);
    }
    for (const [key, g] of groups) {
      const health: FactHealth =
        g.replied === g.total ? 'good' : g.replied === 0 ? 'bad' : 'neutral';
      const replies =
        g.replied === 0
          ? 'no replies'
          : g.replied === g.total
            ? 'replies'
            : `replies in ${g.replied} of ${g.total}`;
      out.push(
        fact(
          input,
          'session',
          key,
          g.subject,
          `${[...g.states].join(', ') || 'no state'}; ${replies}`,
          health,
          g.lines,
        ),
      );
    }
  }

  for (const input of inputs.reth) {
    for (const r of input.value.reths) {
      for (const m of r.members) {
        const value = [m.physicalStatus, m.forwardingStatus].filter((x) => x !== null).join(', ');
        if (value === '') continue;
        out.push(
          fact(
            input,
            'reth-member',
            `${iface(r.name)}|${iface(m.interface)}`,
            `${m.interface} in ${r.name}`,
            value,
            'neutral',
            [m.line],
          ),
        );
      }
    }
  }

  for (const input of inputs.lag) {
    for (const g of input.value.groups) {
      out.push(
        fact(
          input,
          'lag-mode',
          `aggregation-mode|${iface(g.name)}`,
          `${g.name}: aggregation mode`,
          g.mode,
          'neutral',
          [g.fieldLines.mode ?? g.line],
        ),
      );
      for (const p of g.localPorts) {
        const health: FactHealth = p.status === 'S' ? 'good' : p.status === 'U' ? 'bad' : 'neutral';
        out.push(
          fact(
            input,
            'lag-member',
            `${iface(g.name)}|${iface(p.port)}`,
            `${p.port} in ${g.name}`,
            lagStatus[p.status],
            health,
            [p.line],
          ),
        );
      }
    }
  }

  for (const input of inputs.config) {
    for (const c of input.value.interfaces) {
      const name = iface(c.name);
      // An aggregate without `link-aggregation mode dynamic` is static: the setting the seed's fix changes.
      const mode = isAggregateInterface(c.name)
        ? (c.aggregationMode ?? 'static')
        : c.aggregationMode;
      const settings: Array<[string, string | null, number | null | undefined]> = [
        ['aggregation mode', mode, c.fieldLines.aggregationMode],
        [
          'aggregation group',
          c.aggregationGroup !== null ? `${c.aggregationGroup}` : null,
          c.fieldLines.aggregationGroup,
        ],
        ['link type', c.linkType, c.fieldLines.linkType],
        ['permitted VLANs', vlanText(c.permitVlans), c.fieldLines.permitVlans],
      ];
      for (const [what, value, line] of settings) {
        if (value === null) continue;
        if (what === 'aggregation mode') {
          out.push(
            fact(
              input,
              'config',
              `aggregation-mode|${name}`,
              `${c.name}: ${what}`,
              value,
              'neutral',
              [line ?? c.line],
            ),
          );
          continue;
        }
        out.push(
          fact(input, 'config', `${name}|${what}`, `${c.name}: ${what}`, value, 'neutral', [
            line ?? c.line,
          ]),
        );
      }
    }
  }

  for (const input of inputs.iface) {
    for (const i of input.value.interfaces) {
      if (i.up === null && i.state === null) continue;
      const value = i.state ?? (i.up ? 'UP' : 'DOWN');
      const admin = /administratively/i.test(value);
      const health: FactHealth =
        i.up === true ? 'good' : i.up === false && !admin ? 'bad' : 'neutral';
      out.push(
        fact(input, 'interface', iface(i.name), i.name, value, health, [
          i.fieldLines.state ?? i.line,
        ]),
      );
    }
  }

  for (const input of inputs.arp) {
    for (const a of input.value.entries) {
      const where = [a.vlan !== null ? `VLAN ${a.vlan}` : null, a.interface]
        .filter((x) => x !== null)
        .join(' ');
      out.push(
        fact(
          input,
          'arp',
          a.ip,
          `ARP ${a.ip}`,
          `${a.mac}${where ? ` on ${where}` : ''}`,
          'neutral',
          [a.line],
        ),
      );
    }
  }

  return out;
}
