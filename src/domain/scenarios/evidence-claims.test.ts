/**
 * The evidence behind every finding is checked against the pasted text itself, for every scenario:
 * each line a problem or a warning cites must show what that finding claims (a Probe-failed row,
 * an Unselected member, a TCP_SYN_SENT state …); a finding about one server farm never cites a
 * healthy farm's lines; and every diagnosis given rests on all the evidence it requires. The
 * claims are written here, apart from the rules, from what each finding's text says.
 */
import { describe, expect, it } from 'vitest';
import { runWizard } from '../graph/run-wizard';
import type { Finding, Run } from '../run-types';
import { splitLines } from '../parsers/shared/normalise';
import { parseServerFarm } from '../parsers/server-farm/parse-server-farm';
import { diagnosisRules, matches } from '../rules/requirements';
import { sameFarm } from '../rules/evaluate-farm-status';
import { pastesFor, type WizardState } from '../wizard-state';
import { loadScenarios, stateOf } from './load-scenarios';

type Claim = (line: string, f: Finding) => boolean;

const any =
  (...res: RegExp[]): Claim =>
  (line) =>
    res.some((re) => re.test(line));
/** The line names one of the finding's subjects (a port, an address). */
const namesSubject: Claim = (line, f) =>
  f.subjects.some((s) => s.length > 2 && line.toLowerCase().includes(s.toLowerCase()));
const either =
  (...claims: Claim[]): Claim =>
  (line, f) =>
    claims.some((c) => c(line, f));

const INTERFACE_HEADER = /^\s*(?:interface\s+\S|[A-Z][A-Za-z-]+\d[\d/.:]*\s*$)/;
const PING_HEADER = /^\s*(?:Ping6?[ (]|PING )/;
const SESSION_STATE = /^\s*State:|Initiator->Responder|Responder->Initiator/;

/** What each finding (by id prefix) claims its cited lines show. */
const claims: Record<string, Claim> = {
  'farm-probe-failed': any(/Probe-failed/i, /Active real server:\s*0\b/),
  'farm-shutdown': any(/\bShutdown\b/),
  'farm-inactive': any(/\bInactive\b/),
  'farm-slow-online': any(/\b(?:Standby|Ramp)\b/),
  'farm-unknown-state': namesSubject,
  'farm-choose': any(/Server farm:/, /Active real server:/, /Probe-failed|Shutdown|Inactive/),
  'farm-probe-method-failed': any(/Fail/i),
  'farm-probe-method-invalid': any(/Invalid/i),
  'ping-lost': any(PING_HEADER, /\b0 packet\(s\) received|100(?:\.0+)?% packet loss/),
  'ping-vpn-differs': any(PING_HEADER),
  'ping-partial-loss': any(PING_HEADER, /packet\(s\) received, [1-9]\d*\.\d+% packet loss/),
  'ping-partial-reachability': any(PING_HEADER, /packet\(s\) received|packet loss/),
  'session-none': any(/Total sessions found:\s*0/, /display\s+session/),
  'session-vpn-mismatch': any(/VPN instance/),
  'session-no-reply': any(/State:\s*TCP_SYN_SENT/, /Responder->Initiator:\s*0 packets/),
  'session-reset': any(SESSION_STATE),
  'session-handshake-only': any(SESSION_STATE),
  'session-tls-abort': any(SESSION_STATE),
  'session-state-other': any(SESSION_STATE),
  'reth-not-found': () => false,
  'reth-member-inactive': either(any(/Inactive|DOWN/i, /member interface/i), namesSubject),
  'reth-standby-receives': any(/input/i),
  'lag-member-unselected': any(/^\s*\S+\s+[SU]\s/),
  'lag-oper-key-differs': any(/^\s*\S+\s+[SU]\s/),
  'lag-no-lacp-partner': any(/\{[A-H]*\}|0000-0000-0000/),
  'lag-partners-differ': any(/0x[0-9a-f]+\s*,\s*[0-9a-z]{4}-/i, /\S+\s+\S+\s+\S+\s+\S+/),
  'lag-partner-keys-differ': any(/0x[0-9a-f]+\s*,/i),
  'lldp-members-differ': namesSubject,
  'lag-unselected-receives': any(/^\s*\S+\s+U\s/, /input/i),
  'lag-capture-on-unselected': any(/^\s*\S+\s+U\s/),
  'peer-lacp-mode-mismatch': any(
    /^\s*interface\s+(?:Bridge|Route)-Aggregation/i,
    /link-aggregation mode/i,
    /Aggregation Mode/i,
  ),
  'peer-attribute-differs': any(
    /^\s*interface\s/i,
    /permit vlan|link-type|pvid|port access vlan|speed|duplex|lacp mode/i,
  ),
  'peer-attribute-also-differs': any(/^\s*interface\s/i, /lacp period|mtu|jumboframe/i),
  'peer-aggregate-ambiguous': any(/^\s*interface\s+\S*Aggregation/i),
  'peer-members-split': any(/^\s*interface\s/i, /link-aggregation group/i),
  'member-down': any(INTERFACE_HEADER, /Current state/i),
  'member-flapping': any(
    INTERFACE_HEADER,
    /flapping|Last (?:physical|link)|PHY_UPDOWN|LINK_UPDOWN|LAGG/i,
  ),
  'member-flapped-recently': any(INTERFACE_HEADER, /flapping|Last (?:physical|link)/i),
  'member-errors-rising': any(INTERFACE_HEADER, /CRC|input errors/i),
  'member-errors': any(INTERFACE_HEADER, /CRC|input errors/i),
  'member-silent': any(/input/i),
  'arp-missing': any(/display\s+arp/i, /IP\s+address\s+MAC/i, /\sI\s*$/),
  'arp-wrong-interface': namesSubject,
  'arp-vpn-differs': any(/vpn-instance/i),
  'template-timeout-below-rtt': any(/nqa template/i, /probe timeout/i, /round-trip|time=/i),
  'template-timeout-near-rtt': any(/nqa template/i, /probe timeout/i, /round-trip|time=/i),
  'template-tls-abort': any(/nqa template/i, /ssl-client-policy/i, SESSION_STATE),
  'template-no-ssl-policy': any(/nqa template/i),
  'template-http-expectations': any(/nqa template/i, /url|expect|version/i),
  'template-tcp-handshake-done': any(/nqa template/i, /timeout|frequency/i),
  'template-port-differs': any(/nqa template/i, /destination port/i, SESSION_STATE),
  'mtu-df-lost': any(PING_HEADER, /\b0 packet\(s\) received|100(?:\.0+)?% packet loss/),
  'mtu-df-unknown': any(PING_HEADER, /packet\(s\) received|packet loss/),
  'mtu-innocent-tls': any(PING_HEADER, /packet\(s\) received, 0\.0% packet loss/),
};

function claimFor(id: string): Claim | undefined {
  const key = Object.keys(claims).find((k) => matches(id, k) || id.startsWith(`${k}-`));
  return key ? claims[key] : undefined;
}

function pasteLines(state: WizardState, step: Finding['step'], paste: number): string[] | null {
  const p = pastesFor(state, step)[paste];
  return p ? splitLines(p.text) : null;
}

/** Farm-status lines that belong to a farm whose real servers are all Active. */
function healthyFarmLines(state: WizardState): Set<string> {
  const out = new Set<string>();
  pastesFor(state, 'farm-status').forEach((p, index) => {
    const farms = parseServerFarm(p.text).value?.farms ?? [];
    farms.forEach((f, i) => {
      const healthy =
        f.realServers.length > 0 && f.realServers.every((r) => /^active$/i.test(r.state));
      if (!healthy) return;
      const end = farms[i + 1]?.line ?? Number.MAX_SAFE_INTEGER;
      const rows = f.realServers.map((r) => r.line);
      // A brief table interleaves farms row by row: there a farm owns only its own rows.
      const brief = f.fieldLines.predictor === undefined && f.activeRealServers === null;
      const lines = brief ? rows : range(f.line, Math.min(end - 1, Math.max(f.line, ...rows)));
      for (const l of lines) out.add(`${index}:${l}`);
    });
  });
  return out;
}

/**
 * The farms a run does not follow (when it follows one of several): their lines on the farm-status
 * pastes and the names and addresses of their real servers.
 */
function otherFarms(
  state: WizardState,
  followed: string,
): { lines: Set<string>; names: Set<string> } {
  const lines = new Set<string>();
  const names = new Set<string>();
  pastesFor(state, 'farm-status').forEach((p, index) => {
    const farms = parseServerFarm(p.text).value?.farms ?? [];
    farms.forEach((f, i) => {
      const name = f.name || f.realServers[0]?.serverFarm || '';
      if (sameFarm(name, followed)) return;
      const end = farms[i + 1]?.line ?? Number.MAX_SAFE_INTEGER;
      const rows = f.realServers.map((r) => r.line);
      const brief = f.fieldLines.predictor === undefined && f.activeRealServers === null;
      const own = brief ? rows : range(f.line, Math.min(end - 1, Math.max(f.line, ...rows)));
      for (const l of own) lines.add(`${index}:${l}`);
      for (const r of f.realServers) {
        names.add(r.name.toLowerCase());
        if (r.address) names.add(r.address.toLowerCase());
      }
    });
  });
  return { lines, names };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

const scenarios = loadScenarios();

describe('every cited line shows what its finding claims', () => {
  for (const sc of scenarios) {
    const state = stateOf(sc);
    const run: Run = runWizard(state);
    const cited = run.findings.filter(
      (f) => (f.severity === 'problem' || f.severity === 'warning') && f.evidence.length > 0,
    );

    it(`${sc.name}: problems and warnings cite lines that show them`, () => {
      for (const f of cited) {
        const claim = claimFor(f.id);
        expect(claim, `no claim is written for finding ${f.id}`).toBeDefined();
        for (const e of f.evidence) {
          const lines = pasteLines(state, e.step, e.paste);
          expect(
            lines,
            `${f.id}: cites paste ${e.paste} of ${e.step}, which does not exist`,
          ).not.toBeNull();
          for (const n of e.lines) {
            const line = lines?.[n - 1];
            expect(
              line,
              `${f.id}: cites line ${n} of ${e.step} paste ${e.paste}, past its end`,
            ).toBeDefined();
            expect(
              claim?.(line ?? '', f),
              `${f.id} cites “${line}” (${e.step} paste ${e.paste} line ${n})`,
            ).toBe(true);
          }
        }
      }
    });

    it(`${sc.name}: no problem cites a healthy farm's lines`, () => {
      const healthy = healthyFarmLines(state);
      for (const f of cited)
        for (const e of f.evidence)
          if (e.step === 'farm-status')
            for (const n of e.lines)
              expect(healthy.has(`${e.paste}:${n}`), `${f.id} cites healthy-farm line ${n}`).toBe(
                false,
              );
    });

    const followed = run.steps[0]?.choice?.selected ?? null;
    if (followed !== null) {
      it(`${sc.name}: no problem or warning is about a farm it does not follow (${followed})`, () => {
        const other = otherFarms(state, followed);
        for (const f of cited) {
          for (const e of f.evidence)
            if (e.step === 'farm-status')
              for (const n of e.lines)
                expect(
                  other.lines.has(`${e.paste}:${n}`),
                  `${f.id} cites line ${n} of another farm`,
                ).toBe(false);
          for (const subject of f.subjects)
            expect(
              other.names.has(subject.toLowerCase()),
              `${f.id} names ${subject}, a real server of another farm`,
            ).toBe(false);
        }
      });
    }

    if (run.diagnosis && run.diagnosis.id !== 'inconclusive') {
      const id = run.diagnosis.id;
      it(`${sc.name}: ${id} rests on all the evidence it requires`, () => {
        const d = run.diagnosis;
        expect(d?.evidence.length).toBe(diagnosisRules[id].requires.length);
        for (const e of d?.evidence ?? []) {
          expect(e.findings.length).toBeGreaterThan(0);
          for (const fid of e.findings) {
            const f = run.findings.find((x) => x.id === fid);
            expect(f?.evidence.some((ev) => ev.lines.length > 0)).toBe(true);
          }
        }
      });
    }
  }

  it('has a claim for every finding a scenario cites', () => {
    expect(scenarios.length).toBeGreaterThan(20);
  });
});
