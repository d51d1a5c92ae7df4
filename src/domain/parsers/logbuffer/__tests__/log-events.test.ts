/** Every wording log-events.ts reads, each as printed in the source named beside it. */
import { describe, expect, it } from 'vitest';
import { logEvent } from '../log-events';

describe('IFNET: interface physical and protocol state', () => {
  it.each([
    // Comware 7 (ru-lab, hcl-blog captures)
    [
      'Physical state on the interface Ten-GigabitEthernet1/0/50 changed to down.',
      { interface: 'Ten-GigabitEthernet1/0/50', layer: 'physical', up: false },
    ],
    [
      'Line protocol state on the interface FortyGigE2/0/53 changed to up.',
      { interface: 'FortyGigE2/0/53', layer: 'protocol', up: true },
    ],
    // test data quoting a WLAN radio (no "the interface"), public code index id 59082111361
    [
      'Physical state on WLAN-Radio1/0/1 changed to up.',
      { interface: 'WLAN-Radio1/0/1', layer: 'physical', up: true },
    ],
    // Comware 5 / early Comware 7 (yeslab, log host copies, H3C DDR and MPLS debug references)
    [
      'GigabitEthernet1 link status is DOWN',
      { interface: 'GigabitEthernet1', layer: 'physical', up: false },
    ],
    ['Tunnel0 link status is down.', { interface: 'Tunnel0', layer: 'physical', up: false }],
    [
      'Line protocol on the interface Serial2/1/2 is UP.',
      { interface: 'Serial2/1/2', layer: 'protocol', up: true },
    ],
    // LibreNMS hh3c syslog test (id 13258866704): lower-case state
    [
      'Line protocol on the interface Ten-GigabitEthernet1/0/38 is up.',
      { interface: 'Ten-GigabitEthernet1/0/38', layer: 'protocol', up: true },
    ],
  ])('%s', (message, want) => {
    expect(logEvent('IFNET', message)).toEqual({ kind: 'link', ...want });
  });

  it('reads no event from other IFNET texts or an unknown state', () => {
    expect(logEvent('IFNET', 'Physical state on the interface X changed to testing.')).toBeNull();
    expect(logEvent('IFNET', 'The interface X is up.')).toBeNull();
    expect(logEvent('IFNET', 'Physical state on the interface A B changed to up.')).toBeNull();
    // the same text under another module is not an interface event
    expect(logEvent('DRVMSG', 'Physical state on the interface X changed to up.')).toBeNull();
  });
});

describe('LAGG: member port Selected / Unselected, with the printed reason', () => {
  it.each([
    // ru-lab captures
    [
      'Member port XGE2/0/50 of aggregation group BAGG102 changed to the active state.',
      'XGE2/0/50',
      'BAGG102',
      true,
      null,
    ],
    [
      'Member port XGE1/0/50 of aggregation group BAGG1 changed to the inactive state, because the physical state of the port is down.',
      'XGE1/0/50',
      'BAGG1',
      false,
      'the physical state of the port is down',
    ],
    [
      'Member port XGE2/0/49 of aggregation group BAGG101 changed to the inactive state, because the card that hosts the port was absent.',
      'XGE2/0/49',
      'BAGG101',
      false,
      'the card that hosts the port was absent',
    ],
    // quoted in a public H3C log parser's comments (ids 14584661395, 14013061687)
    [
      'Member port FGE1/0/10 of aggregation group BAGG1 changed to the inactive state, because the duplex mode of the port was different from that of the reference port.',
      'FGE1/0/10',
      'BAGG1',
      false,
      'the duplex mode of the port was different from that of the reference port',
    ],
    [
      'Member port XGE3/0/26 of aggregation group BAGG40 changed to the inactive state, because other reason.',
      'XGE3/0/26',
      'BAGG40',
      false,
      'other reason',
    ],
    [
      'Member port XGE1/1/1 of aggregation group BAGG3 changed to the inactive state, because the physical or line protocol state of the port was down.',
      'XGE1/1/1',
      'BAGG3',
      false,
      'the physical or line protocol state of the port was down',
    ],
  ])('%s', (message, port, group, selected, reason) => {
    expect(logEvent('LAGG', message)).toEqual({
      kind: 'lagg-member',
      interface: port,
      group,
      selected,
      reason,
    });
  });

  it('reads no event from LACP timeouts or a broken wording', () => {
    expect(
      logEvent(
        'LAGG',
        'LACPDU reception timed out on member port XGE2/0/50 in aggregation group BAGG102.',
      ),
    ).toBeNull();
    expect(
      logEvent(
        'LAGG',
        'Member port XGE2/0/50 of aggregation group BAGG102 changed to the standby state.',
      ),
    ).toBeNull();
    expect(
      logEvent(
        'LAGG',
        'Member port XGE2/0/50 of aggregation group BAGG102 changed to the active state, maybe.',
      ),
    ).toBeNull();
  });
});

describe('NQA: reaction status changes (H3C NQA调试命令)', () => {
  it('over-threshold is not ok, below-threshold is', () => {
    const over =
      'Reaction: -VD=1; NQA entry (admin-test)  reaction (1): Status changed from invalid to over-threshold.';
    expect(logEvent('NQA', over)).toEqual({
      kind: 'probe',
      server: null,
      farm: null,
      address: null,
      port: null,
      template: null,
      ok: false,
      state: 'over-threshold',
      nqaEntry: 'admin-test',
      reaction: 1,
      previousState: 'invalid',
    });
    const below =
      'NQA entry (admin-test) reaction (2): Status changed from over-threshold to below-threshold.';
    expect(logEvent('NQA', below)).toMatchObject({
      ok: true,
      state: 'below-threshold',
      reaction: 2,
    });
  });

  it('reads no event from reaction creation or schedule changes', () => {
    expect(
      logEvent(
        'NQA',
        'Reaction: -VD=1; NQA entry (admin-test): Trigger-only reaction (1) is created.',
      ),
    ).toBeNull();
    expect(
      logEvent(
        'NQA',
        'Event: -VD=1; NQA entry (admin-test) schedule FSM: System Time Change Event, status changed from Waiting to Running.',
      ),
    ).toBeNull();
  });
});
