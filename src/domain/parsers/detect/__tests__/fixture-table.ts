/** The detect fixtures (copies of shared/fixtures/real and seed-case) and the command each is the output of. */
import { normalise } from '../../shared/normalise';
import type { CommandId } from '../../command-ids';

const fixtures = import.meta.glob('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
export const byName = new Map(
  Object.entries(fixtures).map(([p, t]) => [p.replace(/^.*\//, ''), t]),
);
export function fixture(name: string): string {
  const t = byName.get(name);
  if (t === undefined) throw new Error(`missing fixture ${name}`);
  return t;
}

// Written from reading each file (SOURCES.md names the command each came from).
export const expected: Record<string, CommandId> = {
  '01-display-server-farm.txt': 'display-server-farm',
  '02-ping-10.197.44.200-loss.txt': 'ping',
  '02-ping-10.197.44.201-ok.txt': 'ping',
  '03-session-table-10.197.44.201-verbose.txt': 'display-session-table-verbose',
  '04-interface-reth2-config.txt': 'interface-configuration',
  '05-link-aggregation-verbose-ra1.txt': 'display-link-aggregation-verbose',
  '06-lb-route-aggregation1-config.txt': 'interface-configuration',
  '07-switch-bridge-aggregation33-config.txt': 'interface-configuration',
  'current-configuration-interface__bagg-mode-dynamic-access__netmiko-script.txt':
    'interface-configuration',
  'current-configuration-interface__ge-member-port-link-aggregation-group__netmiko-script.txt':
    'interface-configuration',
  'current-configuration__bagg-dynamic-interface-range-members__ru-lab.txt':
    'interface-configuration',
  'current-configuration__bagg-dynamic-trunk-members-xge-fge__ru-lab.txt':
    'interface-configuration',
  'current-configuration__ragg-dynamic-members-route-mode-lacp-short__rst-lab.txt':
    'interface-configuration',
  'display-interface-brief__cw7-doc-route-bridge-wrapped-description-down__h3c-cn-cmdref.txt':
    'display-interface',
  'display-interface-brief__ntc.txt': 'display-interface',
  'display-interface-brief__ntc_release_9119P17.txt': 'display-interface',
  'display-interface__cw5-4210-ge-sfp-crc-on-error-line__3com-blog.txt': 'display-interface',
  'display-interface__cw5-ge-hybrid-input-errors-crc-aborts__ruby-spec.txt': 'display-interface',
  'display-interface__cw7-doc-l3-admin-down-and-l2-flapping__h3c-cn-cmdref.txt':
    'display-interface',
  'display-interface__cw7-xge-access-traffic-pauses__py-docstring.txt': 'display-interface',
  'display-interface__ntc.txt': 'display-interface',
  'display-interface__ntc1.txt': 'display-interface',
  'display-interface__ntc10.txt': 'display-interface',
  'display-interface__ntc2.txt': 'display-interface',
  'display-interface__ntc3.txt': 'display-interface',
  'display-interface__ntc4.txt': 'display-interface',
  'display-interface__ntc5.txt': 'display-interface',
  'display-interface__ntc6.txt': 'display-interface',
  'display-interface__ntc8.txt': 'display-interface',
  'display-interface__ntc9.txt': 'display-interface',
  'display-interface__ntc_mgmt.txt': 'display-interface',
  'display-interface__ntc_release_0615P16.txt': 'display-interface',
  'display-interface__ntc_release_09119P17.txt': 'display-interface',
  'display-interface__ntc_stp-down_jumbo.txt': 'display-interface',
  'interface-reth__doc-detail-and-brief__h3c-cn-cmdref.txt': 'display-interface',
  'link-aggregation-member-port__cw5-unselected-ACG-EF__ntc.txt':
    'display-link-aggregation-member-port',
  'link-aggregation-member-port__cw7-25G-dynamic__ntc.txt': 'display-link-aggregation-member-port',
  'link-aggregation-member-port__cw7-dynamic-plus-static-members__ntc.txt':
    'display-link-aggregation-member-port',
  'link-aggregation-member-port__doc-cw7-static-vs-dynamic__hpe-5700-cmdref.txt':
    'display-link-aggregation-member-port',
  'link-aggregation-summary__bagg-dynamic-multi__ntc.txt': 'display-link-aggregation-summary',
  'link-aggregation-summary__bagg-static-partner-none-schannel-legend__rst-lab.txt':
    'display-link-aggregation-summary',
  'link-aggregation-summary__doc-ragg-static-nons-partner-no-space__h3c-cn-cmdref.txt':
    'display-link-aggregation-summary',
  'link-aggregation-summary__cw5-select-unselect-no-individual__hp1920-a5120-notes.txt':
    'display-link-aggregation-summary',
  'link-aggregation-summary__doc-cw5-ragg-select-unselect-pdf-single-spaced__h3c-s12500-cfg.txt':
    'display-link-aggregation-summary',
  'link-aggregation-verbose__doc-header-cut-static-ragg20-named-by-echo__hp-msr-v7-cmdref.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__header-cut-ragg-dynamic-named-by-echo__derived-ntc.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__bagg-dynamic-all-selected__ntc.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__bagg-dynamic-both-unselected-ACG__netmiko-script.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__bagg-static-S-and-U-no-flag-no-remote__rst-lab.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__doc-dynamic-partner-absent-DEF-and-static__h3c-cn-cmdref.txt':
    'display-link-aggregation-verbose',
  'link-aggregation-verbose__ragg-dynamic__ntc.txt': 'display-link-aggregation-verbose',
  'loadbalance-action__doc-drop-and-http-server-farm-in-use-headers__h3c-cn-cmdref.txt':
    'display-loadbalance-action',
  'loadbalance-action__tsg-lb-generic-server-farm-in-use__ynu-js.txt': 'display-loadbalance-action',
  'loadbalance-policy__tsg-lb-http-chinese-action-names-indented__ynu-js.txt':
    'display-loadbalance-policy',
  'm-lag-summary-verbose__dsw1-peer-link-drcp__ru-lab.txt': 'display-m-lag',
  'nat-session-verbose__cw7-2014-vll-id-interface-in-out-ocr__h3c-lab-guide.txt':
    'display-session-table-verbose',
  'nqa-debug-reaction-syslog__doc-probe-fail-trigger__h3c-cn-debug-ref.txt': 'syslog',
  'nqa-history__doc-udp-tracert__h3c-cn-cmdref.txt': 'display-nqa-history',
  'nqa-result__doc-tcp-extended-results__h3c-cn-cmdref.txt': 'display-nqa-result',
  'ping-ipv6__cw7-ping6-hlim__h3c-cn-cmdref-doc.txt': 'ping',
  'ping__cw7-partial-loss-first-timeout-stddev-debug-interleaved__h3c-ddr-debug-doc.txt': 'ping',
  'ping__cw7-record-route-same-route__h3c-cn-cmdref-doc.txt': 'ping',
  'ping__cw7-success-and-total-loss-no-timeout-lines__hcl-vrf-lab.txt': 'ping',
  'ping__cw7-total-loss-request-time-out-x5-no-stats__hcl-vlan-lab.txt': 'ping',
  'ping__cw7-source-a-from-header-two-runs__mpls-optionc-lab.txt': 'ping',
  'ping__cw7-ctrl-plus-c-total-loss-no-stats__go-netops-comment.txt': 'ping',
  'ping__synth-source-a-leading-timeout-no-stats.txt': 'ping',
  'ping__synth-df-1472-lost-1400-ok.txt': 'ping',
  // A whole `dis cu` with an NQA template among its interfaces stays interface configuration.
  'probe-template__ap-dis-cu-icmp-per-probe-then-interfaces__cn-ap-notes.txt':
    'interface-configuration',
  'probe-template__doc-http-httptplt-typed-examples__h3c-cn-nqa-cmdref.txt':
    'probe-template-configuration',
  'probe-template__doc-tcp-icmp-typed-examples__h3c-cn-nqa-cmdref.txt':
    'probe-template-configuration',
  'probe-template__doc-dns-ftp-radius-typed-examples__h3c-cn-nqa-cmdref.txt':
    'probe-template-configuration',
  'probe-template__synth-begin-nqa-template-l5000-http-https-raw-tcp-then-rest.txt':
    'probe-template-configuration',
  'probe-template__synth-typed-snippet-indent-stripped-quit.txt': 'probe-template-configuration',
  'real-server-brief__doc__h3c-cn-cmdref.txt': 'display-real-server-brief',
  'real-server-brief__tsg-lb-active-shutdown-truncated-names__ynu-js.txt':
    'display-real-server-brief',
  'real-server-name__doc-probe-succeeded__h3c-cn-cmdref.txt': 'display-real-server',
  'real-server-name__tsg-lb-gbk-mojibake-indented__ynu-js.txt': 'display-real-server',
  'real-server-statistics__tsg-lb-slot-header-truncated__ynu-js.txt':
    'display-real-server-statistics',
  'real-server__tsg-lb-all-detail-truncated__ynu-js.txt': 'display-real-server',
  'redundancy-group__doc-nodes-track-redundancy-down__h3c-cn-cmdref.txt':
    'display-redundancy-group',
  'reth-interface__doc-active-inactive-redundancy-group__h3c-cn-cmdref.txt':
    'display-reth-interface',
  'server-farm-brief__doc-predictor-legend__h3c-cn-cmdref.txt': 'display-server-farm-brief',
  'server-farm__tsg-lb-multi-farm-proximity-probe__ynu-js.txt': 'display-server-farm',
  'session-table-ipv4-brief__doc-slot1-initiator-only__h3c-cn-cmdref.txt': 'display-session-table',
  'session-table-ipv4-verbose__doc-slot1-tcp-syn-sent-icmp-request__h3c-cn-cmdref.txt':
    'display-session-table-verbose',
  'session-table-ipv6-verbose__doc-icmpv6-request-no-dslite-in-initiator__h3c-cn-cmdref.txt':
    'display-session-table-verbose',
  'virtual-server-brief__doc-ipv6-wrapped__h3c-cn-cmdref.txt': 'display-virtual-server-brief',
  'virtual-server__tsg-lb-tcp-ip-types__ynu-js.txt': 'display-virtual-server',
  'display-lldp-neighbor-list__ntc.txt': 'display-lldp-neighbor',
  'display-lldp-neighbor-list__ntc1.txt': 'display-lldp-neighbor',
  'display-lldp-neighbor-list__ntc2.txt': 'display-lldp-neighbor',
  'display-lldp-neighbor-verbose__ntc.txt': 'display-lldp-neighbor',
  'lldp-brief__cw7-hp5900-chassisid-subtype-prompt-typo__hpe-scriptsonly.txt':
    'display-lldp-neighbor',
  'lldp-brief__doc-two-neighbors-cdp-nontpmr__h3c-cn-cmdref.txt': 'display-lldp-neighbor',
  'lldp-list__doc-agent-suffix-on-chassis-id__h3c-cn-cmdref.txt': 'display-lldp-neighbor',
  'lldp-verbose__cw5-locally-assigned-port-tlv-blocks__omegamaps-lab.txt': 'display-lldp-neighbor',
  'lldp-verbose__cw7-hp5900-wrapped-description-mgmt-port__hpe-scriptsonly.txt':
    'display-lldp-neighbor',
  'lldp-verbose__cw7-msr3600-description-below-key__netopsnornir.txt': 'display-lldp-neighbor',
  'lldp-verbose__doc-nearest-bridge-dcbx-med-tlv-cdp__h3c-cn-cmdref.txt': 'display-lldp-neighbor',
  'arp__cw3-port-name-al-id-entries-found-trailer__telnet-emulator.txt': 'display-arp',
  'arp__cw5-hp5500ei-vlan-id-aging-na__hpe-scriptsonly.txt': 'display-arp',
  'arp__cw7-vsi-name-vxlan-bagg__netmiko-textfsm-script.txt': 'display-arp',
  'arp__doc-all-static-invalid-multiport-na__h3c-cn-cmdref.txt': 'display-arp',
  'arp__doc-all-verbose-vpn-instance-second-line__h3c-cn-cmdref.txt': 'display-arp',
  'arp__doc-ip-address-query__h3c-cn-cmdref.txt': 'display-arp',
  'arp__doc-vid-interface-link-id__hpe-12900e-cmdref.txt': 'display-arp',
  'arp__doc-vlan-vsi-name-misaligned__h3c-cn-private-vlan-guide.txt': 'display-arp',
  'arp__doc-vpn-instance-no-vpn-column__h3c-cn-cmdref.txt': 'display-arp',
  'arp__old-comware-single-ip-query-echo__netkiller-notes.txt': 'display-arp',
  'display-arp__table__ntc.txt': 'display-arp',
  'logbuffer__cw7-two-switches-lagg-inactive-phystate-bare-prompts__ru-lab.txt': 'syslog',
  'logbuffer__cw7-irf-rejoin-lagg-active-lacp-timeout-out-of-order__ru-lab.txt': 'syslog',
  'logbuffer__doc-cw7-header-sys-restart-no-blank-after-colon__h3c-cn-cmdref.txt':
    'display-logbuffer',
  'logbuffer__doc-cw7-slot-two-digit-ms-space-before-slash__h3c-cn-cmdref.txt': 'display-logbuffer',
  'logbuffer__doc-cw7-text-on-next-line-repeated-suppression__h3c-cn-cmdref.txt': 'syslog',
  'logbuffer__doc-cw5-updown-text-on-next-line-standby-debug__hp-cw5-debug-manual.txt': 'syslog',
  'nqa-reaction-syslog__doc-status-changed-over-threshold__h3c-cn-debug-ref.txt': 'syslog',
  // A ping with log lines before, between and after its lines: the ping is what was pasted.
  'logbuffer__doc-cw7-early-mdc-link-status-modem-debug-around-ping__h3c-cn-ddr-debug-ref.txt':
    'ping',
  'syslog__loghost-copies-pct-pct-10-link-phy-shell__py-script-comments.txt': 'syslog',
  'syslog__cw5-link-status-no-period-shell-login-cmd__yeslab-exercise.txt': 'syslog',
};

/** The paste with every prompt/echo line removed, so only the output's own lines can name it. */
export function withoutPrompts(text: string): string {
  const drop = new Set(
    normalise(text)
      .noise.filter((n) => n.kind === 'echo' || n.kind === 'prompt')
      .map((n) => n.no),
  );
  return text
    .split(/\r\n|\n|\r/)
    .filter((_, i) => !drop.has(i + 1))
    .join('\n');
}
