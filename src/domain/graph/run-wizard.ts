/**
 * The engine: derives the whole run from the pastes alone. Parses each step's pastes, pools the
 * supporting outputs (interface counters, logs, LLDP) pasted anywhere, evaluates each step, walks
 * the graph from farm-status along the first transition whose guard holds, and stops at the first
 * step lacking input (current) or at a diagnosis — which is given only when its evidence holds
 * (see rules/requirements.ts). Deterministic and synchronous.
 */
import type {
  Choice,
  Decision,
  Diagnosis,
  Finding,
  Followed,
  Question,
  Run,
  StepRun,
} from '../run-types';
import type { CommandId } from '../parsers/command-ids';
import {
  graphStepIds,
  pastesFor,
  type GraphStepId,
  type Paste,
  type StepId,
  type WizardState,
} from '../wizard-state';
import { emptyContext, emptySupport, type RunContext, type Support } from '../rules/context';
import { evaluateFarmStatus, type Evaluation } from '../rules/evaluate-farm-status';
import { evaluatePing } from '../rules/evaluate-ping';
import { evaluateSession } from '../rules/evaluate-session';
import { evaluateReth, standbyMember } from '../rules/evaluate-reth';
import { evaluateLag } from '../rules/evaluate-lag';
import { evaluatePeerConfig } from '../rules/evaluate-peer-config';
import { evaluateMemberInterfaces } from '../rules/evaluate-member-interfaces';
import { evaluateArp } from '../rules/evaluate-arp';
import { evaluateProbeTemplate } from '../rules/evaluate-probe-template';
import { evaluatePathMtu } from '../rules/evaluate-path-mtu';
import { diagnose } from '../rules/diagnoses';
import { matches } from '../rules/requirements';
import { buildTimeline } from '../rules/timeline';
import { splitPaste } from '../parsers/detect/split-paste';
import { stepForCommand, stepForPaste } from '../parsers/registry';
import { guardFor, type StepFacts } from './guards';
import { firstStep, stepGraph, type StepNode, type Transition } from './step-graph';
import { complete, fill, fillCommands, fillLocalized, values, type Values } from './fill';
import { parseStep, type ParsedStep, type StepInputs } from './parse-step';
import { resolveIncident } from '../verify/resolve';
import { stepNames } from './step-names';
import { longestFrom } from './path-ahead';
import { t } from '../rules/text';

function evaluate(
  step: GraphStepId,
  inputs: StepInputs,
  ctx: RunContext,
  state: WizardState,
): Evaluation<StepFacts[GraphStepId]> {
  switch (step) {
    case 'farm-status':
      return evaluateFarmStatus(inputs.farm, ctx, state.farm);
    case 'ping':
      return evaluatePing(inputs.ping, ctx, state.server);
    case 'session':
      return evaluateSession(inputs.session, ctx);
    case 'reth': {
      const r = evaluateReth(inputs.reth, ctx, state.answers);
      return { ...r, extra: { standbyMember: standbyMember(inputs.reth, r.context) } };
    }
    case 'lag':
      return evaluateLag(inputs.lag, ctx, state.answers);
    case 'peer-config':
      return evaluatePeerConfig(inputs.config, ctx);
    case 'member-interfaces':
      return evaluateMemberInterfaces(ctx);
    case 'arp':
      return evaluateArp(inputs.arp, ctx);
    case 'probe-template':
      return evaluateProbeTemplate(inputs.probe, ctx);
    case 'path-mtu':
      return evaluatePathMtu(inputs.ping, ctx);
  }
}

function questionsFor(
  node: StepNode<GraphStepId>,
  v: Values,
  state: WizardState,
  findings: Finding[],
): Question[] {
  return node.questions
    .filter((q) => complete(q.text['en-US'], v))
    .map((q) => {
      const by = q.answeredBy ? findings.find((f) => matches(f.id, q.answeredBy ?? '')) : undefined;
      return {
        id: q.id,
        text: fillLocalized(q.text, v),
        answer: state.answers[q.id] ?? null,
        ...(q.command ? { command: fill(q.command, v) } : {}),
        ...(by ? { answeredBy: { finding: by.id, text: by.text } } : {}),
      };
    });
}

function followedOf(ctx: RunContext): Followed {
  return {
    farm: ctx.farm,
    server: ctx.target ? { name: ctx.target.name, address: ctx.target.address } : null,
    egress: ctx.inboundInterface,
    sessionState: ctx.sessionState,
    reth: ctx.reth,
    rethMember: ctx.rethMember,
    aggregate: ctx.aggregate,
    peerSwitch: ctx.peerSwitch,
    peerPorts: ctx.peerPorts,
    peerAggregate: ctx.peerAggregate,
    peerMode: ctx.peerMode,
  };
}

/**
 * Where to go from a skipped step: of the steps it can lead to, the first that already has a
 * paste, else the first in the graph's order; null when it leads to no further step.
 */
function pastWithout(
  node: StepNode<GraphStepId>,
  path: StepId[],
  hasInput: (s: GraphStepId) => boolean,
): GraphStepId | null {
  const next = node.transitions
    .map((tr) => ('step' in tr.to ? tr.to.step : null))
    .filter((s): s is GraphStepId => s !== null && !path.includes(s));
  return next.find(hasInput) ?? next[0] ?? null;
}

function choose<S extends GraphStepId>(node: StepNode<S>, facts: StepFacts[S]): Transition<S> {
  for (const tr of node.transitions) {
    const g = guardFor(node.id, tr.guard);
    if (g && g(facts)) return tr;
  }
  // The graph test guarantees `otherwise` closes every list; this keeps the engine total anyway.
  const last = node.transitions[node.transitions.length - 1];
  if (!last) throw new Error(`step ${node.id} has no transitions`);
  return last;
}

/**
 * Parses every step's pastes once and pools the supporting outputs, wherever they were pasted —
 * except on `verify`: those are after the fix, and the diagnosis rests on the state before it.
 */
function parseAll(state: WizardState): {
  parsed: Map<GraphStepId, ParsedStep>;
  support: Support;
} {
  const parsed = new Map<GraphStepId, ParsedStep>();
  const support = emptySupport();
  for (const step of graphStepIds) {
    const p = parseStep(step, pastesFor(state, step));
    parsed.set(step, p);
    support.iface.push(...p.inputs.iface);
    support.log.push(...p.inputs.log);
    support.lldp.push(...p.inputs.lldp);
  }
  return { parsed, support };
}

export function runWizard(state: WizardState): Run {
  const steps: StepRun[] = [];
  const findings: Finding[] = [];
  const path: StepId[] = [];
  const { parsed, support } = parseAll(state);
  const timeline = buildTimeline(support);
  const verifyPastes = pastesFor(state, 'verify');
  const resolution = resolveIncident(
    [...parsed.values()],
    parseStep('verify', verifyPastes),
    verifyPastes,
  );
  let ctx = emptyContext(support);
  let step: GraphStepId | null = firstStep;
  const skipped = state.skipped ?? [];
  const skippedOn = (p: StepId[]) => p.filter((s) => skipped.includes(s));
  const diagnosed = (diagnosis: Diagnosis): Run => ({
    steps,
    path,
    current: null,
    diagnosis,
    findings,
    question: null,
    timeline,
    followed: followedOf(ctx),
    resolution,
  });
  const waitAt = (stepRun: StepRun, question: Choice | null): Run => {
    steps.push(stepRun);
    findings.push(...stepRun.findings);
    return {
      steps,
      path,
      current: stepRun.step,
      ahead: stepRun.step === 'verify' ? 1 : longestFrom(stepRun.step, new Set(path)),
      diagnosis: null,
      findings,
      question,
      timeline,
      followed: followedOf(ctx),
      resolution,
    };
  };
  while (step !== null) {
    if (path.includes(step)) break;
    path.push(step);
    const node = stepGraph[step] as StepNode<GraphStepId>;
    const p = parsed.get(step) as ParsedStep;
    // The member-interfaces step reads the pooled counters; every other step needs its own input.
    const hasInput = step === 'member-interfaces' ? support.iface.length > 0 : p.hasOwnInput;
    if (!hasInput && skipped.includes(step)) {
      // The engineer cannot run this step: go on with what the other pastes show, and say so.
      const on = pastWithout(node, path, (s) =>
        s === 'member-interfaces' ? support.iface.length > 0 : !!parsed.get(s)?.hasOwnInput,
      );
      const v = values(ctx);
      const decision: Decision = {
        guard: 'skipped',
        to: on ? { step: on } : { diagnosis: 'inconclusive' },
        reason: on
          ? t(
              `Skipped (it cannot be run here): going on to “${stepNames[on]['en-US']}” without it.`,
              `已跳过（此处无法执行）：不经此步继续到“${stepNames[on]['zh-CN']}”。`,
            )
          : t(
              'Skipped (it cannot be run here): no later step can stand in for it.',
              '已跳过（此处无法执行）：后面没有能代替它的步骤。',
            ),
      };
      steps.push({
        step,
        title: node.title,
        commands: fillCommands(node.commands, ctx),
        pastes: p.pastes,
        findings: [],
        questions: questionsFor(node, v, state, []),
        choice: null,
        decision,
        skipped: true,
      });
      if (!on) {
        const diagnosis = diagnose('inconclusive', {
          ctx,
          findings,
          stoppedAt: step,
          next: fillCommands(node.commands, ctx),
          skipped: skippedOn(path),
        });
        return diagnosed(diagnosis);
      }
      step = on;
      continue;
    }
    if (!hasInput) {
      return waitAt(
        {
          step,
          title: node.title,
          commands: fillCommands(node.commands, ctx),
          pastes: p.pastes,
          findings: [],
          questions: questionsFor(node, values(ctx), state, []),
          choice: null,
          decision: null,
        },
        null,
      );
    }
    const r = evaluate(step, p.inputs, ctx, state);
    ctx = r.context;
    const v = values(ctx, r.extra);
    const base = {
      step,
      title: node.title,
      commands: fillCommands(node.commands, ctx, r.extra),
      pastes: p.pastes,
      findings: r.findings,
      questions: questionsFor(node, v, state, r.findings),
      choice: r.choice ?? null,
    };
    if (r.waiting) {
      const question = r.choice && r.choice.selected === null ? r.choice : null;
      return waitAt({ ...base, decision: null }, question);
    }
    const tr: Transition<GraphStepId> = choose(node, r.facts);
    const decision: Decision = { guard: tr.guard, to: tr.to, reason: fillLocalized(tr.reason, v) };
    steps.push({ ...base, decision });
    findings.push(...r.findings);
    if ('diagnosis' in tr.to) {
      const diagnosis = diagnose(tr.to.diagnosis, {
        ctx,
        findings,
        stoppedAt: step,
        next: fillCommands(node.next, ctx, r.extra),
        skipped: skippedOn(path),
      });
      return diagnosed(diagnosis);
    }
    step = tr.to.step;
  }
  // Only reachable if the graph had a cycle, which the graph test rules out.
  const last = path[path.length - 1] ?? firstStep;
  const diagnosis = diagnose('inconclusive', {
    ctx,
    findings,
    stoppedAt: last,
    next: [],
    skipped: skippedOn(path),
  });
  return diagnosed(diagnosis);
}

/** One output of a multi-output paste: the step it is filed under and the lines it spans (1-based). */
export interface SortedOutput extends Paste {
  firstLine: number;
  lastLine: number;
  /** The command the output was recognised as (`unknown` when none). */
  command: CommandId;
  /** False when no step takes it: it was left on the first step, where it shows as not understood. */
  understood: boolean;
}

/** What a multi-output paste was filed as, for the summary shown after sorting. */
export interface SortSummary {
  /** Steps that received outputs, in the graph's order, with the commands filed there. */
  filed: Array<{ step: StepId; commands: CommandId[] }>;
  /** Outputs no step takes (their first line, to name them). */
  notUnderstood: Array<{ command: CommandId; firstLine: string }>;
}

export function summariseSorted(
  outputs: ReadonlyArray<Pick<SortedOutput, 'step' | 'command' | 'understood' | 'text'>>,
): SortSummary {
  const filed = graphStepIds
    .map((step) => ({
      step,
      commands: outputs.filter((o) => o.understood && o.step === step).map((o) => o.command),
    }))
    .filter((f) => f.commands.length > 0);
  const notUnderstood = outputs
    .filter((o) => !o.understood)
    .map((o) => ({
      command: o.command,
      firstLine: (o.text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '')
        .trim()
        .slice(0, 120),
    }));
  return { filed, notUnderstood };
}

/**
 * Files each output of one big paste under its step (the user pasted everything into the first
 * box). Outputs no step takes stay on the first step, where they show as misfiled. The line span
 * lets a caller cut each output from the original text instead of copying it (see the worker).
 */
export function sortPastesWithLines(text: string): SortedOutput[] {
  const out: SortedOutput[] = [];
  let segs: ReturnType<typeof splitPaste>;
  try {
    segs = splitPaste(text);
  } catch {
    // Splitting never throws by contract; if it does, the paste stays whole on the first step,
    // where its parse says what failed. Its span runs to the end of the text.
    return text.trim() === ''
      ? []
      : [
          {
            step: firstStep,
            text,
            at: null,
            firstLine: 1,
            lastLine: Number.MAX_SAFE_INTEGER,
            command: 'unknown',
            understood: false,
          },
        ];
  }
  for (const seg of segs) {
    if (seg.command === 'empty' || seg.text.trim() === '') continue;
    const found = stepForPaste(seg.text) ?? stepForCommand(seg.command);
    out.push({
      step: found ?? firstStep,
      text: seg.text,
      at: null,
      firstLine: seg.firstLine,
      lastLine: seg.lastLine,
      command: seg.command,
      understood: found !== null,
    });
  }
  return out;
}

export function sortPastes(text: string): Paste[] {
  return sortPastesWithLines(text).map(({ step, text: t, at }) => ({ step, text: t, at }));
}
