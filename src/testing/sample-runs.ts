/**
 * Hand-made runs for view tests: shapes the engine gives but that no scenario on this branch reaches
 * yet (a log timeline needs the log parser, which is not merged here).
 */
import {
  nothingFollowed,
  type Diagnosis,
  type Finding,
  type Run,
  type StepRun,
} from '@/domain/run-types';
import type { WizardState } from '@/domain/wizard-state';
import threeFarmsText from './three-farms.txt?raw';

/**
 * `display server-farm` listing three farms: sf-portal healthy (2/2 Active), sf-app down (0 of 2,
 * both Probe-failed), sf-api degraded (2 of 3 Active). The e2e specs paste the same file.
 */
export const threeFarms: string = threeFarmsText;

const finding = (over: Partial<Finding>): Finding => ({
  id: 'x',
  step: 'lag',
  severity: 'problem',
  text: { 'en-US': 'x', 'zh-CN': 'x' },
  evidence: [],
  subjects: [],
  ...over,
});

/** A run that stopped at an inconclusive diagnosis, with a withheld one and a log timeline. */
export function inconclusiveRun(): { run: Run; state: WizardState } {
  const log = [
    '<LB>display logbuffer',
    '%Dec  4 03:12:50:001 2026 LB IFNET/3/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet1/1/1 changed to down.',
    '%Dec  4 03:12:55:123 2026 LB LB/5/LB_CHANGE_RS_HCSTATUS: The health state of real server test1 changed to Probe-failed.',
  ].join('\n');
  const state: WizardState = {
    pastes: [{ step: 'lag', text: log, at: null }],
    answers: {},
    server: null,
    farm: null,
  };
  const unselected = finding({
    id: 'lag-member-unselected:XGE1/0/6',
    text: {
      'en-US': 'XGE1/0/6 is Unselected (U) in Route-Aggregation2.',
      'zh-CN': 'XGE1/0/6 在 Route-Aggregation2 中为非选中状态（U）。',
    },
  });
  const partial = finding({
    id: 'ping-partial-reachability',
    step: 'ping',
    severity: 'warning',
    text: {
      'en-US': '10.18.30.71 answers ping but 10.18.30.72 does not.',
      'zh-CN': '10.18.30.71 可以 ping 通而 10.18.30.72 不通。',
    },
  });
  const diagnosis: Diagnosis = {
    id: 'inconclusive',
    title: { 'en-US': 'No cause is proven by these outputs', 'zh-CN': '这些输出不足以证明原因' },
    cause: {
      'en-US': 'The outputs point at “LACP mode mismatch”, but its evidence does not hold.',
      'zh-CN': '输出指向“聚合模式不一致”，但其证据不成立。',
    },
    findings: [unselected.id],
    fix: [],
    rollback: [],
    verify: [],
    evidence: [
      {
        text: {
          'en-US': 'A member of the LB aggregate is Unselected',
          'zh-CN': '负载均衡聚合口有成员为非选中状态',
        },
        findings: [unselected.id],
      },
    ],
    known: [unselected.text],
    odd: [partial.text],
    next: [
      {
        device: { 'en-US': 'Load balancer', 'zh-CN': '负载均衡设备' },
        command: 'display link-aggregation member-port XGE1/0/6',
      },
    ],
    withheld: {
      id: 'lacp-mode-mismatch',
      title: {
        'en-US': 'LACP mode mismatch: one end dynamic, the other static',
        'zh-CN': '聚合模式不一致：一端动态、一端静态',
      },
      missing: [
        {
          'en-US': 'One end is dynamic (LACP), the other static',
          'zh-CN': '一端为动态聚合（LACP），另一端为静态聚合',
        },
      ],
      contradicted: [
        {
          'en-US': 'Both aggregates are static',
          'zh-CN': '两端聚合均为静态',
        },
      ],
    },
  };
  const step = (s: StepRun['step'], findings: Finding[]): StepRun => ({
    step: s,
    title: { 'en-US': s, 'zh-CN': s },
    commands: [],
    pastes:
      s === 'lag'
        ? [
            {
              index: 0,
              text: log,
              at: null,
              command: 'display-logbuffer',
              result: null,
              misfiled: null,
            },
          ]
        : [],
    findings,
    questions: [],
    choice: null,
    decision: null,
  });
  const run: Run = {
    steps: [step('ping', [partial]), step('lag', [unselected])],
    path: ['ping', 'lag'],
    current: null,
    diagnosis,
    findings: [partial, unselected],
    question: null,
    timeline: [
      {
        time: 'Dec  4 03:12:50:001 2026',
        at: 1,
        kind: 'link',
        bad: true,
        text: 'IFNET/PHY_UPDOWN: Physical state on the interface Ten-GigabitEthernet1/1/1 changed to down.',
        evidence: { step: 'lag', paste: 0, lines: [2] },
      },
      {
        time: 'Dec  4 03:12:55:123 2026',
        at: 2,
        kind: 'probe',
        bad: true,
        text: 'LB/LB_CHANGE_RS_HCSTATUS: The health state of real server test1 changed to Probe-failed.',
        evidence: { step: 'lag', paste: 0, lines: [3] },
      },
    ],
    followed: nothingFollowed,
    resolution: null,
  };
  return { run, state };
}
