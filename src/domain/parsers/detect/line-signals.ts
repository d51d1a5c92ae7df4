/**
 * Lines that betray which command printed them. A signal names the commands that can print the
 * line (several when it is shared, e.g. the LACP flag legend of `verbose` and `member-port`), and
 * whether it can open an output (a header, a legend, a record start) or only occurs inside one.
 * Checks are cheap prefix tests on the trimmed line; the few regexes only see short lines.
 */
import type { CommandId } from '../command-ids';

export interface Signal {
  /** Commands that print this line; the first is the best guess when nothing narrows it further. */
  ids: readonly CommandId[];
  /** Can begin an output: when it fits none of the current candidates, a new output starts here. */
  start: boolean;
}

// Signals are interned: classifying millions of lines must not allocate per line.
const interned = new Map<readonly CommandId[], [Signal, Signal]>();
function sig(ids: readonly CommandId[], start: boolean): Signal {
  let pair = interned.get(ids);
  if (!pair) {
    pair = [
      { ids, start: false },
      { ids, start: true },
    ];
    interned.set(ids, pair);
  }
  return pair[start ? 1 : 0];
}

const SF = ['display-server-farm'] as const;
const SF_OR_RS = ['display-server-farm', 'display-real-server'] as const;
const SF_BRIEF = ['display-server-farm-brief'] as const;
const RS = ['display-real-server'] as const;
const RS_OR_STATS = ['display-real-server', 'display-real-server-statistics'] as const;
const RS_BRIEF = ['display-real-server-brief'] as const;
const RS_STATS = ['display-real-server-statistics'] as const;
const VS = ['display-virtual-server'] as const;
const VS_BRIEF = ['display-virtual-server-brief'] as const;
const POLICY_OR_VS = ['display-loadbalance-policy', 'display-virtual-server'] as const;
const POLICY = ['display-loadbalance-policy'] as const;
const ACTION = ['display-loadbalance-action'] as const;
const ACTION_OR_VS = ['display-loadbalance-action', 'display-virtual-server'] as const;
const PING = ['ping'] as const;
const SESSION_ANY = ['display-session-table', 'display-session-table-verbose'] as const;
const SESSION_VERBOSE = ['display-session-table-verbose'] as const;
const SLOT = [
  'display-session-table',
  'display-session-table-verbose',
  'display-real-server-statistics',
] as const;
const RETH = ['display-reth-interface'] as const;
const RG = ['display-redundancy-group'] as const;
const LAG_V = ['display-link-aggregation-verbose'] as const;
const LAG_V_OR_S = [
  'display-link-aggregation-verbose',
  'display-link-aggregation-summary',
] as const;
const LAG_V_OR_MP = [
  'display-link-aggregation-verbose',
  'display-link-aggregation-member-port',
] as const;
const LAG_S = ['display-link-aggregation-summary'] as const;
const LAG_MP = ['display-link-aggregation-member-port'] as const;
// Configuration lines. A paste of `nqa template` blocks is probe-template configuration; so is
// `display current-configuration | begin nqa template`, which opens with one and then prints every
// later section (interfaces too). Any configuration line may therefore be either; configCommand
// decides between the two once the whole output is read.
/** Lines any configuration section may hold (`#`, `quit`, `undo ...`, an interface's body lines). */
const CONFIG = ['interface-configuration', 'probe-template-configuration'] as const;
/** An interface block's header (`interface X`, a prompt in an interface view). */
export const INTERFACE_HEADER = [
  'interface-configuration',
  'probe-template-configuration',
] as const;
/** `nqa template TYPE NAME`, or a line typed in an NQA template view. */
export const NQA_TEMPLATE = ['probe-template-configuration', 'interface-configuration'] as const;
const IFACE = ['display-interface'] as const;
const NQA_RESULT = ['display-nqa-result'] as const;
const NQA_HISTORY = ['display-nqa-history'] as const;
const MLAG = ['display-m-lag'] as const;
const LLDP = ['display-lldp-neighbor'] as const;
const ARP = ['display-arp'] as const;
const LOGBUF = ['display-logbuffer'] as const;

// `Reth1 :`, `Reth12:`
const RETH_HEADER = /^Reth\d+\s*:$/i;
// `Slot 1:`, `CPU 0 on slot 1:`
const SLOT_HEADER = /^(?:Slot \d+|CPU \d+ on slot \d+):$/i;
// `56 bytes from 10.197.44.201: icmp_seq=0 ttl=63 time=0.993 ms`
const PING_REPLY = /^\d+ bytes from /;
// `interface Route-Aggregation 1`, `int XGE1/0/49`, `inter g1/0/1`, `interface range xge1/0/49 to xge1/0/50`
// (not the `Interface   Link Protocol Main IP` header: the name must reach a digit)
const CONFIG_INTERFACE =
  /^(?:int|inte|inter|interf|interfa|interfac|interface) +(?:range |[A-Za-z][A-Za-z-]* ?\d)/i;
// `[H3C-Route-Aggregation1]inter g1/0/1` — a config-session line the prompt reader left in the output
const VIEW_INTERFACE =
  /^\[[^\]\s]{1,80}\]\s*(?:int|inte|inter|interf|interfa|interfac|interface) +[A-Za-z]/i;
// `[H3C-GigabitEthernet1/0/2]lacp period short` — typed inside an interface view
const IN_INTERFACE_VIEW = /^\[[^\]\s]{0,64}-[A-Za-z][A-Za-z-]{1,40}\d[\d/.:]*\]/;
// `10.20.1.2       2c23-3a40-7e18 1        XGE1/0/48   5     D` — an ARP row (also `| include` output)
const ARP_ROW = /^\d{1,3}(?:\.\d{1,3}){3}\s+[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}\s/;
// `GigabitEthernet1/0/1 current state: UP`, `Vlan-interface123 current state : UP` — a Comware 5
// `display interface` block header
const CW5_INTERFACE_HEADER = /^[A-Za-z][A-Za-z-]{0,40}\d+(?:[/:.]\d+)* current state ?:/;
// `[LB-nqatplt-http-hc-web]` — typed in an NQA template view (before IN_INTERFACE_VIEW: `-t4]`)
const NQA_VIEW = /^\[[^\]\s]{0,64}-nqatplt-[A-Za-z]+-[^\]\s]+\]/;
// `GigabitEthernet4/0/36:`, `Twenty-FiveGigE6/0/27:` — a member-port block header
const PORT_HEADER = /^[A-Za-z][A-Za-z-]{1,40}\d+(?:\/\d+)+:$/;

const SHORT = 300;

/** The signal a trimmed, non-blank output line carries, or null when it says nothing. */
export function classifyLine(t: string): Signal | null {
  return byPrefix(t) ?? byShape(t);
}

function byShape(t: string): Signal | null {
  if (t.length >= SHORT) return null;
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // `5 packet(s) transmitted, 0 packet(s) received, 100.0% packet loss`
    if (t.includes('packet(s) transmitted')) return sig(PING, false);
    if (PING_REPLY.test(t)) return sig(PING, false);
    if (ARP_ROW.test(t)) return sig(ARP, false);
    return null;
  }
  if (t.charCodeAt(t.length - 1) === 58 && PORT_HEADER.test(t)) return sig(LAG_MP, false);
  if (t.includes(' current state') && CW5_INTERFACE_HEADER.test(t)) return sig(IFACE, true);
  return null;
}

function byPrefix(t: string): Signal | null {
  switch (t.charCodeAt(0)) {
    case 65: // A
      if (t.startsWith('Aggregate Interface Type:') || t.startsWith('Aggregation Interface Type:'))
        return sig(LAG_S, true);
      if (t.startsWith('Aggregate Interface:') || t.startsWith('Aggregation Interface:'))
        return sig(LAG_V_OR_MP, true);
      // `Aggregation Mode: S -- Static, D -- Dynamic` (summary legend) vs `Aggregation Mode: Dynamic`
      if (t.startsWith('Aggregation Mode:'))
        return t.includes('--') ? sig(LAG_S, false) : sig(LAG_V, false);
      if (t.startsWith('Actor System ID:')) return sig(LAG_S, false);
      if (t.startsWith('Actor ') && t.includes('Partner')) return sig(LAG_V, false);
      if (t.startsWith('AGG ') && t.includes('Partner')) return sig(LAG_S, true);
      if (t.startsWith('Application:')) return sig(SESSION_VERBOSE, false);
      if (t.startsWith('Active real server:')) return sig(SF, false);
      if (t.startsWith('Active connections:')) return sig(RS_STATS, false);
      return null;
    case 66: // B
      if (t.startsWith('BAGG -- ')) return sig(LAG_S, false);
      if (t.startsWith('Backup server farm:')) return sig(ACTION_OR_VS, false);
      // `Brief information about interfaces in route mode:`, `Brief information on interface(s)
      // under bridge mode:` (the title varies by release)
      if (
        t.startsWith('Brief information about interface') ||
        t.startsWith('Brief information on interface')
      )
        return sig(IFACE, true);
      return null;
    case 67: // C
      if (t.startsWith('Current state:')) return sig(IFACE, true);
      if (t.startsWith('Class:')) return sig(POLICY, false);
      if (t.startsWith('CDP neighbor-information of port')) return sig(LLDP, true);
      // `Chassis ID : * -- -- Nearest nontpmr bridge neighbor` (the list form's legend)
      if (t.startsWith('Chassis ID') && t.includes('Nearest')) return sig(LLDP, true);
      if (t.startsWith('ChassisID/subtype')) return sig(LLDP, false);
      return null;
    case 68: // D
      if (t.startsWith('Default class action')) return sig(POLICY, false);
      if (t.startsWith('Destination IP/port') || t.startsWith('DS-Lite tunnel peer'))
        return sig(SESSION_ANY, false);
      if (t.startsWith('D -- Synchronization')) return sig(LAG_V_OR_MP, false);
      // The documentation's name for a virtual server's `Primary server farm:`
      if (t.startsWith('Default server farm:')) return sig(VS, false);
      return null;
    case 70: // F
      if (t.startsWith('Flags:')) {
        if (t.includes('LACP_Activity')) return sig(LAG_V_OR_MP, true);
        if (t.includes('Aggregate interface down') || t.includes('Home_Gateway'))
          return sig(MLAG, true);
        return null;
      }
      if (t.startsWith('Flag: {') || t.startsWith('Flag:{')) return sig(LAG_MP, false);
      if (t.startsWith('Forward type:') || t.startsWith('Fallback-action:'))
        return sig(ACTION, false);
      return null;
    case 71: // G
      if (t.startsWith('G -- Defaulted')) return sig(LAG_V_OR_MP, false);
      return null;
    case 72: // H
      if (t.startsWith('HASH(') && t.includes(' - ')) return sig(SF_BRIEF, false);
      return null;
    case 73: // I
      if (t.startsWith('Initiator->Responder')) return sig(SESSION_VERBOSE, false);
      if (t.startsWith('Initiator:')) return sig(SESSION_ANY, true);
      if (t.startsWith('Inbound interface:')) return sig(SESSION_ANY, false);
      if (
        t.startsWith('Interface (in)') ||
        t.startsWith('Interface(in)') ||
        t.startsWith('Interface (out)') ||
        t.startsWith('Interface(out)')
      ) {
        return sig(SESSION_VERBOSE, false);
      }
      if (t.startsWith('Interface ') && t.includes(' Link ') && t.includes('Protocol'))
        return sig(IFACE, true);
      if (t.startsWith('IPv4 address:') || t.startsWith('IPv6 address:')) return sig(RS, false);
      if (t.startsWith('Index ') && t.includes('Hop IP')) return sig(NQA_HISTORY, true);
      if (t.startsWith('Illegal:')) return sig(LAG_MP, false);
      // `IP address      MAC address    VLAN/VSI name Interface   Aging Type` (also `IP Address`)
      if (
        (t.startsWith('IP address') || t.startsWith('IP Address')) &&
        t.includes('MAC') &&
        t.includes('Aging')
      )
        return sig(ARP, true);
      if (t.startsWith('IP ToS:')) return sig(ACTION, false);
      if (
        t.startsWith('IP Packet Frame Type') ||
        t.startsWith('IPv6 Packet Frame Type') ||
        t.startsWith('Internet protocol processing')
      ) {
        return sig(IFACE, false);
      }
      return null;
    case 75: // K
      if (t.startsWith('Keepalive link state')) return sig(MLAG, false);
      return null;
    case 76: // L
      // `Loadsharing Type: Shar -- Loadsharing, NonS -- Non-Loadsharing` (legend) vs `Loadsharing Type: Shar`
      if (t.startsWith('Loadsharing Type:'))
        return t.includes('--') ? sig(LAG_V_OR_S, true) : sig(LAG_V, false);
      if (t === 'Local:') return sig(LAG_V_OR_MP, false);
      if (t.startsWith('LLDP neighbor-information of port')) return sig(LLDP, true);
      if (
        t.startsWith('LLDP agent ') ||
        t.startsWith('LLDP neighbor index') ||
        t.startsWith('LLDP Neighbor index')
      )
        return sig(LLDP, false);
      // `Local Interface Chassis ID      Port ID      System Name` (list header, other layout)
      if (t.startsWith('Local Interface') && t.includes('Chassis ID') && t.includes('Port ID'))
        return sig(LLDP, true);
      // `display logbuffer` header (Comware 7 / Comware 5); the log lines themselves are noise.
      if (t.startsWith('Log buffer:') || t.startsWith('Logging buffer configuration'))
        return sig(LOGBUF, true);
      if (t.startsWith('LB policy:')) return sig(POLICY_OR_VS, true);
      if (t.startsWith('LB action:')) return sig(ACTION, true);
      if (
        t.startsWith('Line protocol state:') ||
        t.startsWith('Line protocol current state:') ||
        t.startsWith('Last 300 seconds') ||
        t.startsWith('Last link flapping:') ||
        t.startsWith('Link: ADM')
      )
        return sig(IFACE, false);
      return null;
    case 77: // M
      if (t.startsWith('M-LAG IF ') || t.startsWith('M-LAG interface/M-LAG group ID:'))
        return sig(MLAG, true);
      if (
        t.startsWith('Member ') &&
        t.includes('Physical status') &&
        t.includes('Forwarding status')
      )
        return sig(RETH, false);
      if (
        t.startsWith('Member interfaces:') ||
        t.startsWith('Member failover groups:') ||
        t.startsWith('Manual switchover request')
      ) {
        return sig(RG, false);
      }
      return null;
    case 78: // N
      if (t.startsWith('NAT/SNAT:')) return sig(SF_BRIEF, false);
      if (t.startsWith('NQA entry (')) {
        if (t.includes('test results')) return sig(NQA_RESULT, true);
        if (t.includes('history records')) return sig(NQA_HISTORY, true);
        return null;
      }
      if (t.startsWith('Node ID ') || t.startsWith('Node member')) return sig(RG, false);
      if (t.startsWith('Name ') && t.includes('State') && t.includes('Address'))
        return sig(SF, false);
      return null;
    case 80: // P
      if (
        t.startsWith('Ping6(') ||
        t.startsWith('PING ') ||
        (t.startsWith('Ping ') && t.includes('data bytes'))
      )
        return sig(PING, true);
      if (t.startsWith('Predictor:'))
        return t.includes(' - ') ? sig(SF_BRIEF, true) : sig(SF, false);
      if (t.startsWith('Probe method'))
        return t.includes('State') ? sig(RS, false) : sig(SF, false);
      if (t.startsWith('Port Status:')) return sig(LAG_V, true);
      if (t.startsWith('Port: A -- Auto')) return sig(LAG_V, false);
      if (t.startsWith('Port Number:')) return sig(LAG_MP, true);
      if (t.startsWith('Port Priority:')) return sig(LAG_MP, false);
      if (t.startsWith('Port ') && t.includes('Status') && t.includes('Oper-Key'))
        return sig(LAG_V, false);
      if (t.startsWith('Peer-link interface')) return sig(MLAG, true);
      if (t.startsWith('Preempt delay')) return sig(RG, false);
      if (t.startsWith('Protocol: (s)')) return sig(IFACE, false);
      if (t.startsWith('Protocol:')) return sig(SESSION_ANY, false);
      if (t.startsWith('Primary server farm:')) return sig(VS, false);
      return null;
    case 82: // R
      if (t.startsWith('Real server list')) return sig(SF, false);
      if (t.startsWith('Real server:')) return sig(RS_OR_STATS, true);
      if (t.startsWith('Real server ') && t.includes('Address') && t.includes('State'))
        return sig(RS_BRIEF, true);
      if (t.startsWith('Responder->Initiator') || t === 'Responder:')
        return sig(SESSION_VERBOSE, false);
      if (t.startsWith('Received LACP Packets')) return sig(LAG_MP, false);
      if (t === 'Remote:') return sig(LAG_V_OR_MP, false);
      if (t.startsWith('Redundancy group')) {
        // `Redundancy group  : aa` (inside `display reth interface`) vs `Redundancy group aaa (ID 1):`
        if (/^Redundancy group\s+:/.test(t)) return sig(RETH, false);
        if (t.endsWith('):')) return sig(RG, true);
        return null;
      }
      if (t.startsWith('Remaining hold-down time')) return sig(RG, false);
      if (t.startsWith('Request time out') || t.startsWith('round-trip ')) return sig(PING, false);
      if (t.length < SHORT && RETH_HEADER.test(t)) return sig(RETH, true);
      return null;
    case 83: // S
      // `Server farm: sf (in use)`: the farm an LB action forwards to, never a farm block's header.
      if (t.startsWith('Server farm:'))
        return t.endsWith('(in use)') ? sig(ACTION, false) : sig(SF_OR_RS, true);
      if (t.startsWith('Server farm ') && t.includes('Predictor')) return sig(SF_BRIEF, true);
      if (t.startsWith('Slow shutdown:')) return sig(RS, false);
      if (t.startsWith('Source') && t.includes('IP/port')) return sig(SESSION_ANY, false);
      if (t.startsWith('Send operation times:') || t.startsWith('Square-Sum of round trip'))
        return sig(NQA_RESULT, false);
      if (t.startsWith('Server input:') || t.startsWith('Server output:'))
        return sig(RS_STATS, false);
      if (t.startsWith('Sent LACP Packets')) return sig(LAG_MP, false);
      if (t.startsWith('System ID:')) return sig(LAG_V_OR_MP, false);
      // `System Name          Local Interface Chassis ID      Port ID` (list header)
      if (t.startsWith('System Name') && t.includes('Local Interface')) return sig(LLDP, true);
      if (t.length < SHORT && SLOT_HEADER.test(t)) return sig(SLOT, true);
      return null;
    case 84: // T
      if (t.startsWith('The brief information of interface')) return sig(IFACE, true);
      if (t.startsWith('Total real server:')) return sig(SF, false);
      if (t.startsWith('Total sessions found:')) return sig(SESSION_ANY, false);
      if (t.startsWith('Total connections:')) return sig(RS_STATS, false);
      if (t.startsWith('Track info')) return sig(RG, false);
      // `Type: S-Static   D-Dynamic   O-Openflow   R-Rule   M-Multiport  I-Invalid`
      if (t.startsWith('Type:') && t.includes('S-Static')) return sig(ARP, true);
      return null;
    case 86: // V
      if (t.startsWith('Virtual server:')) return sig(VS, true);
      if (t.startsWith('Virtual server ') && t.includes('State') && t.includes('Type'))
        return sig(VS_BRIEF, true);
      if (t.startsWith('VPN instance/VLAN ID')) return sig(SESSION_ANY, false);
      return null;
    case 45: // -
      if (t.startsWith('--- Ping statistics') || t.startsWith('--- Ping6 statistics'))
        return sig(PING, true);
      // `---   31 entries found   ---` (older `display arp`)
      if (t.includes('entries found')) return sig(ARP, false);
      return null;
    case 35: // #
      // `# -- -- Nearest customer bridge neighbor` (a line of the LLDP list legend)
      if (t.includes('Nearest') && t.endsWith('bridge neighbor')) return sig(LLDP, false);
      // `#` delimits configuration blocks; `# Create VLAN 10.` is a comment in a typed snippet.
      if (t === '#' || t.startsWith('# ')) return sig(CONFIG, true);
      return null;
    case 91: // [
      // `[LB-nqatplt-http-hc-web]expect status 200`
      if (t.length < SHORT && NQA_VIEW.test(t)) return sig(NQA_TEMPLATE, true);
      if (t.length < SHORT && VIEW_INTERFACE.test(t)) return sig(INTERFACE_HEADER, true);
      if (t.length < SHORT && IN_INTERFACE_VIEW.test(t)) return sig(INTERFACE_HEADER, false);
      return null;
    case 100: // d
      if (t.startsWith('description ')) return sig(CONFIG, false);
      return null;
    case 105: // i
      if (t.startsWith('ip address ') || t.startsWith('ip binding ')) return sig(CONFIG, false);
      if (t.length < SHORT && CONFIG_INTERFACE.test(t)) return sig(INTERFACE_HEADER, true);
      return null;
    case 108: // l
      if (t.startsWith('link-aggregation ') || t.startsWith('lacp ')) return sig(CONFIG, false);
      return null;
    case 110: // n
      if (t.startsWith('nqa template ')) return sig(NQA_TEMPLATE, true);
      return null;
    case 109: // m
      if (t.startsWith('member interface ')) return sig(CONFIG, false);
      return null;
    case 112: // p
      if (
        t.startsWith('port link-') ||
        t.startsWith('port trunk ') ||
        t.startsWith('port access ') ||
        t.startsWith('port hybrid ')
      ) {
        return sig(CONFIG, false);
      }
      return null;
    case 113: // q
      if (t === 'quit') return sig(CONFIG, false);
      return null;
    case 114: // r
      if (t === 'return') return sig(CONFIG, false);
      return null;
    case 117: // u
      if (t.startsWith('undo ')) return sig(CONFIG, false);
      return null;
    default:
      return null;
  }
}

/**
 * Interface or probe-template configuration, for an output whose candidates are both (every
 * configuration line allows either): probe templates when the output opens with `nqa template`
 * (`| begin nqa template`), or holds `nqa template` blocks and no interface block; interface
 * configuration otherwise. null when the candidates are not exactly these two.
 */
export function configCommand(
  set: readonly CommandId[],
  sigs: readonly (Signal | null)[],
  from: number,
  to: number,
): CommandId | null {
  if (
    set.length !== 2 ||
    !set.includes('interface-configuration') ||
    !set.includes('probe-template-configuration')
  )
    return null;
  let opened = false;
  let nqa = false;
  let header = false;
  for (let j = from; j < to; j++) {
    const s = sigs[j];
    if (!s) continue;
    if (!opened && s.ids === NQA_TEMPLATE) return 'probe-template-configuration';
    opened = true;
    if (s.ids === NQA_TEMPLATE) nqa = true;
    else if (s.ids === INTERFACE_HEADER) header = true;
  }
  return nqa && !header ? 'probe-template-configuration' : 'interface-configuration';
}
