/**
 * Hand-built runs for the report tests, so the report is tested independently of the engine.
 * The diagnosed one mirrors the seed incident (LACP mode mismatch); the partial one stops at the
 * link-aggregation step, waiting for its paste.
 */
import {
  nothingFollowed,
  type CliBlock,
  type Finding,
  type Localized,
  type Run,
  type StepRun,
} from '../../run-types';
import type { Paste, StepId, WizardState } from '../../wizard-state';
import farmText from './fixtures/01-display-server-farm.txt?raw';
import ping200 from './fixtures/02-ping-10.197.44.200-loss.txt?raw';
import ping201 from './fixtures/02-ping-10.197.44.201-ok.txt?raw';
import sessionText from './fixtures/03-session-table-10.197.44.201-verbose.txt?raw';
import rethText from './fixtures/04-interface-reth2-config.txt?raw';
import lagText from './fixtures/05-link-aggregation-verbose-ra1.txt?raw';
import peerText from './fixtures/07-switch-bridge-aggregation33-config.txt?raw';

export const L = (en: string, zh: string): Localized => ({ 'en-US': en, 'zh-CN': zh });

/** 2023-06-25 13:55:00 UTC, the seed incident's afternoon. */
export const T0 = Date.UTC(2023, 5, 25, 13, 55, 0);
export const NOW = Date.UTC(2023, 5, 25, 14, 30, 0);
const min = (n: number) => T0 + n * 60_000;

export const seedTexts = { farmText, ping200, ping201, sessionText, rethText, lagText, peerText };

export const titles: Record<StepId, Localized> = {
  'farm-status': L('Server farm status', '实服务组状态'),
  ping: L('Ping the failed real servers', 'Ping 探测失败的实服务'),
  session: L('Probe session', '探测会话'),
  reth: L('Reth interface', 'Reth 接口'),
  lag: L('Link aggregation', '链路聚合'),
  'peer-config': L('Peer switch configuration', '对端交换机配置'),
  'member-interfaces': L('Member link counters', '成员链路计数'),
  arp: L('ARP for the server', '服务器的 ARP'),
  'probe-template': L('Probe template', '探测模板'),
  'path-mtu': L('Path MTU', '路径 MTU'),
  verify: L('Verify the fix', '验证修复'),
};

const LB = L('Load balancer', '负载均衡设备');
const PEER = L('Peer switch', '对端交换机');

function step(
  id: StepId,
  pastes: Array<{ text: string; at: number | null }>,
  rest: Partial<StepRun>,
): StepRun {
  return {
    step: id,
    title: titles[id],
    commands: [],
    pastes: pastes.map((p, index) => ({
      index,
      text: p.text,
      at: p.at,
      command: 'unknown',
      result: null,
      misfiled: null,
    })),
    findings: [],
    questions: [],
    choice: null,
    decision: null,
    ...rest,
  };
}

const f = (
  id: string,
  stepId: StepId,
  severity: Finding['severity'],
  text: Localized,
  evidence: Finding['evidence'],
  subjects: string[],
): Finding => ({
  id,
  step: stepId,
  severity,
  text,
  evidence,
  subjects,
});

export const findings = {
  probeFailed: f(
    'farm-probe-failed',
    'farm-status',
    'problem',
    L(
      'Both real servers of server farm test-01 are Probe-failed; 0 of 2 active.',
      '实服务组 test-01 的两个实服务均为 Probe-failed，可用 0/2。',
    ),
    [{ step: 'farm-status', paste: 0, lines: [18, 21, 22] }],
    ['test-01', 'test1', 'test2'],
  ),
  pingPartial: f(
    'ping-partial-loss',
    'ping',
    'warning',
    L(
      '10.197.44.200 does not answer ping (100% loss), 10.197.44.201 does: same subnet, so suspect per-flow hashing onto a bad aggregate member.',
      '10.197.44.200 ping 不通（100% 丢包），10.197.44.201 可以 ping 通：同一网段，怀疑按流哈希到了有问题的聚合成员。',
    ),
    [
      { step: 'ping', paste: 0, lines: [9] },
      { step: 'ping', paste: 1, lines: [9] },
    ],
    ['10.197.44.200', '10.197.44.201'],
  ),
  synSent: f(
    'session-syn-sent',
    'session',
    'problem',
    L(
      'The probe session to 10.197.44.201:80 is TCP_SYN_SENT with 0 reply packets; replies should arrive on Reth2.',
      '到 10.197.44.201:80 的探测会话为 TCP_SYN_SENT，回应报文数为 0；回应报文应从 Reth2 进入。',
    ),
    [{ step: 'session', paste: 0, lines: [26, 19, 20, 19] }],
    ['10.197.44.201', 'Reth2'],
  ),
  rethMember: f(
    'reth-forwarding-member',
    'reth',
    'info',
    L(
      'Reth2 forwards through Route-Aggregation1.1973 (priority 100).',
      'Reth2 通过 Route-Aggregation1.1973（优先级 100）转发。',
    ),
    [{ step: 'reth', paste: 0, lines: [5, 6] }],
    ['Reth2', 'Route-Aggregation1.1973'],
  ),
  unselected: f(
    'lag-member-unselected',
    'lag',
    'problem',
    L(
      'XGE1/1/1 in Route-Aggregation1 (dynamic) is Unselected with the same Oper-Key as the Selected member.',
      'Route-Aggregation1（动态）中的 XGE1/1/1 为 Unselected，Oper-Key 与 Selected 成员相同。',
    ),
    [{ step: 'lag', paste: 0, lines: [2, 8, 9] }],
    ['Route-Aggregation1', 'XGE1/1/1'],
  ),
  peerStatic: f(
    'peer-aggregate-static',
    'peer-config',
    'problem',
    L(
      'Bridge-Aggregation33 on the peer switch has no `link-aggregation mode dynamic`: it is static.',
      '对端交换机的 Bridge-Aggregation33 没有 `link-aggregation mode dynamic`：为静态聚合。',
    ),
    [{ step: 'peer-config', paste: 0, lines: [2, 9, 15, 17, 23] }],
    ['Bridge-Aggregation33'],
  ),
};

export const fixBlocks: CliBlock[] = [
  {
    device: PEER,
    view: ['system-view', 'interface Bridge-Aggregation33'],
    commands: ['link-aggregation mode dynamic'],
  },
];

export const rollbackBlocks: CliBlock[] = [
  {
    device: PEER,
    view: ['system-view', 'interface Bridge-Aggregation33'],
    commands: ['undo link-aggregation mode'],
  },
];

function seedPastes(): Paste[] {
  return [
    { step: 'farm-status', text: farmText, at: min(0) },
    { step: 'ping', text: ping200, at: min(2) },
    { step: 'ping', text: ping201, at: min(3) },
    { step: 'session', text: sessionText, at: min(5) },
    { step: 'reth', text: rethText, at: null },
    { step: 'lag', text: lagText, at: min(9) },
    { step: 'peer-config', text: peerText, at: min(14) },
  ];
}

function farmStep(): StepRun {
  const s = step('farm-status', [{ text: farmText, at: min(0) }], {
    findings: [findings.probeFailed],
    decision: {
      guard: 'any-probe-failed',
      to: { step: 'ping' },
      reason: L('Real servers are Probe-failed.', '存在 Probe-failed 的实服务。'),
    },
  });
  const paste = s.pastes[0];
  if (paste) {
    paste.command = 'display-server-farm';
    paste.result = {
      ok: true,
      value: {
        farms: [
          {
            name: 'test-01',
            predictor: 'Hash address source IP',
            probeMethods: ['tcp-temp'],
            totalRealServers: 2,
            activeRealServers: 0,
            realServers: [],
          },
        ],
      },
      errors: [],
      warnings: [],
    };
  }
  return s;
}

export function diagnosedCase(): { state: WizardState; run: Run } {
  const pastes = seedPastes();
  const steps: StepRun[] = [
    farmStep(),
    step(
      'ping',
      [
        { text: ping200, at: min(2) },
        { text: ping201, at: min(3) },
      ],
      {
        findings: [findings.pingPartial],
        decision: {
          guard: 'always',
          to: { step: 'session' },
          reason: L('Next, look at the probe session.', '接下来查看探测会话。'),
        },
      },
    ),
    step('session', [{ text: sessionText, at: min(5) }], {
      findings: [findings.synSent],
      decision: {
        guard: 'syn-sent-via-reth',
        to: { step: 'reth' },
        reason: L(
          'No reply; the responder comes in on Reth2.',
          '没有回应；回应方向的入接口是 Reth2。',
        ),
      },
    }),
    step('reth', [{ text: rethText, at: null }], {
      findings: [findings.rethMember],
      decision: {
        guard: 'reth-member-is-aggregate',
        to: { step: 'lag' },
        reason: L(
          'The forwarding member is a Route-Aggregation subinterface.',
          '转发成员是 Route-Aggregation 子接口。',
        ),
      },
    }),
    step('lag', [{ text: lagText, at: min(9) }], {
      findings: [findings.unselected],
      decision: {
        guard: 'unselected-same-oper-key',
        to: { step: 'peer-config' },
        reason: L(
          'A member is Unselected for no local reason: check the peer.',
          '成员 Unselected 但本端找不到原因：检查对端。',
        ),
      },
      questions: [
        {
          id: 'capture-on-unselected',
          text: L(
            'Did a capture on XGE1/1/1 show traffic to or from 10.197.44.200?',
            '在 XGE1/1/1 上抓包能看到 10.197.44.200 的流量吗？',
          ),
          answer: 'yes',
        },
      ],
    }),
    step('peer-config', [{ text: peerText, at: min(14) }], {
      findings: [findings.peerStatic],
      decision: {
        guard: 'peer-static-local-dynamic',
        to: { diagnosis: 'lacp-mode-mismatch' },
        reason: L('Peer static, LB dynamic.', '对端静态，负载均衡设备动态。'),
      },
    }),
  ];
  const run: Run = {
    steps,
    path: steps.map((s) => s.step),
    current: null,
    diagnosis: {
      id: 'lacp-mode-mismatch',
      title: L('LACP mode mismatch', 'LACP 模式不一致'),
      cause: L(
        'Route-Aggregation1 on the load balancer is dynamic (LACP) while Bridge-Aggregation33 on the peer is static: the peer sends on XGE1/1/1, which the load balancer keeps Unselected, so flows hashed there are lost.',
        '负载均衡设备的 Route-Aggregation1 为动态聚合（LACP），对端 Bridge-Aggregation33 为静态聚合：对端仍向 XGE1/1/1 发送报文，而负载均衡设备把它置为 Unselected，哈希到该链路的流量全部丢失。',
      ),
      findings: ['lag-member-unselected', 'peer-aggregate-static'],
      evidence: [
        {
          text: L('A member of the LB aggregate is Unselected', '负载均衡聚合口有成员为非选中状态'),
          findings: ['lag-member-unselected'],
        },
        {
          text: L(
            'One end is dynamic (LACP), the other static',
            '一端为动态聚合（LACP），另一端为静态聚合',
          ),
          findings: ['peer-aggregate-static'],
        },
      ],
      fix: fixBlocks,
      rollback: rollbackBlocks,
      verify: [
        {
          device: LB,
          command: 'display link-aggregation verbose Route-Aggregation 1',
          expect: L(
            'XGE1/1/0 and XGE1/1/1 both Selected (S).',
            'XGE1/1/0 和 XGE1/1/1 均为 Selected（S）。',
          ),
        },
        {
          device: LB,
          command: 'display server-farm test-01',
          expect: L('Active real server: 2', 'Active real server: 2'),
        },
      ],
    },
    findings: steps.flatMap((s) => s.findings),
    question: null,
    timeline: [],
    followed: nothingFollowed,
    resolution: null,
  };
  return {
    state: { pastes, answers: { 'capture-on-unselected': 'yes' }, server: null, farm: null },
    run,
  };
}

/** The seed incident stopped after the Reth step: the link-aggregation output is not pasted yet. */
export function partialCase(): { state: WizardState; run: Run } {
  const full = diagnosedCase();
  const pastes = full.state.pastes.filter((p) => p.step !== 'lag' && p.step !== 'peer-config');
  const steps = full.run.steps.slice(0, 4);
  const lag = step('lag', [], {
    commands: [
      {
        device: LB,
        command: 'display link-aggregation verbose Route-Aggregation 1',
        purpose: L(
          'Which members of Route-Aggregation1 are Selected.',
          '查看 Route-Aggregation1 哪些成员为 Selected。',
        ),
      },
    ],
    questions: [
      {
        id: 'capture-on-unselected',
        text: L(
          'Did a capture on XGE1/1/1 show traffic to or from 10.197.44.200?',
          '在 XGE1/1/1 上抓包能看到 10.197.44.200 的流量吗？',
        ),
        answer: null,
      },
    ],
  });
  const run: Run = {
    steps: [...steps, lag],
    path: [...steps.map((s) => s.step), 'lag'],
    current: 'lag',
    diagnosis: null,
    findings: steps.flatMap((s) => s.findings),
    question: null,
    timeline: [],
    followed: nothingFollowed,
    resolution: null,
  };
  return { state: { pastes, answers: {}, server: null, farm: null }, run };
}
