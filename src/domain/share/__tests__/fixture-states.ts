/** States built from the shared fixtures, for the size and redaction tests (test-only: uses node:fs). */
// eslint-disable-next-line no-restricted-imports -- tests read the shared fixtures from disk
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- tests read the shared fixtures from disk
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports -- tests read the shared fixtures from disk
import { fileURLToPath } from 'node:url';
import type { StepId, WizardState } from '../../wizard-state';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

function read(dir: string, file: string): string {
  return readFileSync(path.join(sharedDir, 'fixtures', dir, file), 'utf8');
}

/** The seed incident, one paste per file, in the steps the engineer would file them under. */
export const seedFiles: [StepId, string][] = [
  ['farm-status', '01-display-server-farm.txt'],
  ['ping', '02-ping-10.197.44.200-loss.txt'],
  ['ping', '02-ping-10.197.44.201-ok.txt'],
  ['session', '03-session-table-10.197.44.201-verbose.txt'],
  ['reth', '04-interface-reth2-config.txt'],
  ['lag', '05-link-aggregation-verbose-ra1.txt'],
  // The LB's own aggregate configuration: the peer-config step takes it beside the switch's.
  ['peer-config', '06-lb-route-aggregation1-config.txt'],
  ['peer-config', '07-switch-bridge-aggregation33-config.txt'],
];

export function seedState(): WizardState {
  return {
    pastes: seedFiles.map(([step, f]) => ({ step, text: read('seed-case', f), at: null })),
    answers: {},
    server: null,
    farm: null,
  };
}

function realState(files: [StepId, string][], server: string | null): WizardState {
  return {
    pastes: files.map(([step, f], i) => ({
      step,
      text: read('real', f),
      at: 1_687_672_385_000 + i * 60_000,
    })),
    answers: {},
    server,
    farm: null,
  };
}

/** A larger incident of real captures: multi-farm LB, real ping debug, a verbose session, Reth, LAG. */
export function largerStateA(): WizardState {
  return realState(
    [
      ['farm-status', 'server-farm__tsg-lb-multi-farm-proximity-probe__ynu-js.txt'],
      [
        'ping',
        'ping__cw7-partial-loss-first-timeout-stddev-debug-interleaved__h3c-ddr-debug-doc.txt',
      ],
      ['ping', 'ping__cw7-success-and-total-loss-no-timeout-lines__hcl-vrf-lab.txt'],
      [
        'session',
        'session-table-ipv4-verbose__doc-slot1-tcp-syn-sent-icmp-request__h3c-cn-cmdref.txt',
      ],
      ['reth', 'reth-interface__doc-active-inactive-redundancy-group__h3c-cn-cmdref.txt'],
      [
        'lag',
        'link-aggregation-verbose__doc-dynamic-partner-absent-DEF-and-static__h3c-cn-cmdref.txt',
      ],
      ['peer-config', 'current-configuration__bagg-dynamic-trunk-members-xge-fge__ru-lab.txt'],
    ],
    '113.55.12.151',
  );
}

/** Another: real-server views, IPv6 session, LAG member ports and M-LAG, more configuration. */
export function largerStateB(): WizardState {
  const s = realState(
    [
      ['farm-status', 'real-server__tsg-lb-all-detail-truncated__ynu-js.txt'],
      ['farm-status', 'real-server-brief__tsg-lb-active-shutdown-truncated-names__ynu-js.txt'],
      ['ping', 'ping__cw7-total-loss-request-time-out-x5-no-stats__hcl-vlan-lab.txt'],
      ['ping', 'ping-ipv6__cw7-ping6-hlim__h3c-cn-cmdref-doc.txt'],
      [
        'session',
        'session-table-ipv6-verbose__doc-icmpv6-request-no-dslite-in-initiator__h3c-cn-cmdref.txt',
      ],
      ['reth', 'redundancy-group__doc-nodes-track-redundancy-down__h3c-cn-cmdref.txt'],
      ['lag', 'link-aggregation-verbose__bagg-dynamic-both-unselected-ACG__netmiko-script.txt'],
      ['lag', 'link-aggregation-member-port__cw7-25G-dynamic__ntc.txt'],
      [
        'peer-config',
        'current-configuration__ragg-dynamic-members-route-mode-lacp-short__rst-lab.txt',
      ],
      [
        'peer-config',
        'current-configuration-interface__bagg-mode-dynamic-access__netmiko-script.txt',
      ],
    ],
    null,
  );
  return { ...s, answers: { 'capture-traffic': 'yes' } };
}
