/**
 * What `runWizard(state)` derives. Pure data, so the UI, the CLI and the report all render the
 * same facts. Texts are given in both UI languages because the CLI and the report need them
 * without the UI's message catalogue.
 */
import type { CommandId } from './parsers/command-ids';
import type { ParseResult } from './parsers/shared/parse-result';
import type { StepId } from './wizard-state';

export type Lang = 'en-US' | 'zh-CN';
export type Localized = Record<Lang, string>;

export const diagnosisIds = [
  'farm-healthy',
  'real-server-shutdown',
  'real-server-inactive',
  'slow-online',
  'probe-not-sent',
  'vpn-instance-mismatch',
  'server-port-closed',
  'probe-l7-mismatch',
  'reth-member-inactive',
  'lacp-mode-mismatch',
  'lag-member-unselected',
  'server-no-reply',
  'lag-cross-connected',
  'lag-member-faulty',
  'path-mtu-blackhole',
  'probe-tls-failure',
  'arp-unresolved',
  'probe-timeout-too-short',
  'inconclusive',
] as const;
export type DiagnosisId = (typeof diagnosisIds)[number];

/** Lines of one paste that prove a finding. */
export interface Evidence {
  step: StepId;
  /** Index of the paste within that step's pastes (0-based). */
  paste: number;
  /** 1-based line numbers in that paste. */
  lines: number[];
  /**
   * Those of `lines` cited as the healthy side of a comparison (the Selected member beside the
   * Unselected one): shown as healthy, not as the finding's problem.
   */
  healthy?: number[];
}

export type Severity = 'ok' | 'info' | 'warning' | 'problem';

export interface Finding {
  /** Stable id, e.g. `ping-partial-loss`, `lag-member-unselected`. */
  id: string;
  step: StepId;
  severity: Severity;
  text: Localized;
  evidence: Evidence[];
  /** The values the finding is about (interface names, addresses), for tests and the CLI. */
  subjects: string[];
}

export interface ParsedPaste {
  /** Index within the step's pastes. */
  index: number;
  text: string;
  at: number | null;
  command: CommandId;
  /** Null when the paste is of a command this step does not take (see `misfiled`). */
  result: ParseResult<unknown> | null;
  /** Set when the paste is another step's output: the step it belongs to, or null when no step takes it. */
  misfiled: { command: CommandId; belongsTo: StepId | null } | null;
  /**
   * Set when only the first records of a very large parse were kept for display (the page shows
   * a few hundred rows; copying 100 000 records to it would block it): the list and its full length.
   */
  trimmed?: {
    key: string;
    shown: number;
    total: number;
    /** Records the findings cite that were moved to the top of a long list (the block that matters first). */
    citedFirst?: number;
  };
  /** Set when only the first warnings were kept for display: how many there are. */
  warningsTotal?: number;
}

/** A command the user should run next, filled in from earlier steps. */
export interface NextCommand {
  /** Where it runs: the load balancer or the peer switch. */
  device: Localized;
  /** Exact CLI, e.g. `ping -vpn-instance HLW 10.197.44.200`. */
  command: string;
  purpose?: Localized;
}

export interface Question {
  id: string;
  text: Localized;
  answer: 'yes' | 'no' | null;
  /** The command that answers it (a capture), filled in. */
  command?: string;
  /** Set when pasted output already answers the question: the finding that does, instead of asking. */
  answeredBy?: { finding: string; text: Localized };
}

/** One thing the engineer can choose to follow (a server farm, a real server), with its state at a glance. */
export interface ChoiceOption {
  value: string;
  label: string;
  summary: Localized;
  /** True when this option has failing real servers. */
  failing: boolean;
  evidence: Evidence[];
}

/**
 * A choice the run depends on. `selected` is what the run follows: the engineer's choice, or the
 * engine's when exactly one option makes sense (`reason` says why); null while the run waits for it.
 */
export interface Choice {
  kind: 'farm' | 'server';
  question: Localized;
  options: ChoiceOption[];
  selected: string | null;
  byUser: boolean;
  reason: Localized | null;
}

/** The guard that chose where to go from a step, and why, in words. */
export interface Decision {
  guard: string;
  to: { step: StepId } | { diagnosis: DiagnosisId };
  reason: Localized;
}

export interface StepRun {
  step: StepId;
  title: Localized;
  /** What to paste here: the commands, filled in. */
  commands: NextCommand[];
  pastes: ParsedPaste[];
  findings: Finding[];
  questions: Question[];
  /** A farm or server to follow, when the pastes list several. */
  choice: Choice | null;
  /** Null while the step is waiting for input. */
  decision: Decision | null;
  /** True when the engineer could not run this step and the run went on without it. */
  skipped?: true;
}

export interface CliBlock {
  device: Localized;
  /** The view the commands run in, e.g. `system-view` then `interface Bridge-Aggregation33`. */
  view: string[];
  commands: string[];
  /**
   * Placeholders still in the block (`<member-port>`): no paste named that value, so the block is
   * shown to fill in by hand and has no copy button. Empty when the block is complete.
   */
  fillIn?: string[];
  /** Set when the change renegotiates an aggregate or moves traffic: why it needs a change window. */
  changeWindow?: Localized;
  /** What to look at right before running the block, and what to check right after it. */
  before?: Verification;
  after?: Verification;
}

export interface Verification {
  device: Localized;
  command: string;
  expect: Localized;
}

export interface Diagnosis {
  id: DiagnosisId;
  title: Localized;
  cause: Localized;
  /** Finding ids that led here (their evidence is in `Run.findings`). */
  findings: string[];
  fix: CliBlock[];
  rollback: CliBlock[];
  verify: Verification[];
  /** What the diagnosis rests on: each piece of evidence it requires, and the findings that supply it. */
  evidence: Array<{ text: Localized; findings: string[] }>;
  /** For `inconclusive`: what is known, what looks odd and what to run next. */
  known?: Localized[];
  odd?: Localized[];
  next?: NextCommand[];
  /**
   * For `inconclusive` reached because a diagnosis was withheld: the one the graph pointed at, and
   * the evidence it lacked or that contradicted it.
   */
  withheld?: { id: DiagnosisId; title: Localized; missing: Localized[]; contradicted: Localized[] };
  /** Steps on the path the engineer skipped: what this run could not check. */
  notChecked?: StepId[];
}

/** One log entry on the incident's timeline (from `display logbuffer` pasted at any step). */
export interface TimelineEntry {
  time: string;
  at: number | null;
  kind: 'probe' | 'link' | 'lagg' | 'other';
  /** True for a change to a failed or down state. */
  bad: boolean;
  text: string;
  evidence: Evidence;
}

/**
 * What the run followed, in the engine's own terms, so that a view of the probe's path draws the
 * records the rules judged instead of picking its own. Null where the run has not learned it.
 */
export interface Followed {
  farm: string | null;
  server: { name: string; address: string } | null;
  /** The responder's inbound interface of the probe session: where replies should arrive. */
  egress: string | null;
  /** The probe session's state as printed, e.g. `TCP_SYN_SENT`. */
  sessionState: string | null;
  reth: string | null;
  /** The Reth member carrying the traffic. */
  rethMember: string | null;
  aggregate: string | null;
  /** From LLDP: the peer switch, and the peer port each LB member reaches. */
  peerSwitch: string | null;
  peerPorts: Record<string, string>;
  peerAggregate: string | null;
  peerMode: 'dynamic' | 'static' | null;
}

/** Before the first step has been read. */
export const nothingFollowed: Followed = {
  farm: null,
  server: null,
  egress: null,
  sessionState: null,
  reth: null,
  rethMember: null,
  aggregate: null,
  peerSwitch: null,
  peerPorts: {},
  peerAggregate: null,
  peerMode: null,
};
/** What a fact is about; the UI and the report name each kind in both languages. */
export type FactKind =
  | 'farm-active'
  | 'real-server'
  | 'ping'
  | 'session'
  | 'reth-member'
  | 'lag-mode'
  | 'lag-member'
  | 'config'
  | 'interface'
  | 'arp';

/** Whether a fact's value is what a working path shows, a fault, or neither (a setting). */
export type FactHealth = 'good' | 'bad' | 'neutral';

/** One typed fact read from a paste: a member's port state, a real server's state, a ping's loss. */
export interface Fact {
  /** Stable across outputs (canonical interface names): the same element before and after. */
  key: string;
  kind: FactKind;
  /** The element, as the device printed it: `XGE1/1/1 in Route-Aggregation1`. */
  subject: string;
  /** Comparable value, with counters, rates, times, ages and session ids left out. */
  value: string;
  health: FactHealth;
  evidence: Evidence;
}

export type FactStatus = 'fixed' | 'still-wrong' | 'broken' | 'changed' | 'same' | 'new' | 'gone';

/** One element before and after the fix. */
export interface FactChange {
  key: string;
  kind: FactKind;
  subject: string;
  /** Null when no paste before the fix showed it. */
  before: Pick<Fact, 'value' | 'health' | 'evidence'> | null;
  /** Null when the element is missing from an output after the fix that shows its neighbours. */
  after: Pick<Fact, 'value' | 'health' | 'evidence'> | null;
  status: FactStatus;
}

export type ResolutionStatus = 'resolved' | 'not-resolved' | 'changed';

/**
 * The verify step's verdict: the outputs re-run after the fix against the same outputs before it.
 * `resolved`: what was wrong is now right and nothing shown is wrong; `not-resolved`: something
 * shown after the fix is wrong; `changed`: neither, but values moved.
 */
export interface Resolution {
  status: ResolutionStatus;
  summary: Localized;
  facts: FactChange[];
  /** Verify pastes that give nothing to compare, each with the reason. */
  uncompared: Array<{ paste: number; command: CommandId; reason: Localized }>;
  /** When the last verify paste was made (epoch ms), null when unknown. */
  at: number | null;
}

export interface Run {
  /** The steps visited, in order (the ones with a decision, plus the current one). */
  steps: StepRun[];
  path: StepId[];
  /**
   * While a step waits: how many steps the path can still take from it, itself included (the
   * graph's longest way on), for "step n of up to m". Absent once a diagnosis is reached.
   */
  ahead?: number;
  /** The step waiting for input; null once a diagnosis is reached. */
  current: StepId | null;
  diagnosis: Diagnosis | null;
  /** All findings of all visited steps, in path order. */
  findings: Finding[];
  /** The choice the run waits for (several failing farms), also on its step; null otherwise. */
  question: Choice | null;
  /** Log entries around the first probe failure, when logs were pasted; empty otherwise. */
  timeline: TimelineEntry[];
  followed: Followed;
  /** The comparison of the verify pastes with the same outputs before the fix; null without them. */
  resolution: Resolution | null;
}
