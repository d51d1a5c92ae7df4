/**
 * The engine: derives the whole run from the pastes alone. Parses each step's pastes, evaluates
 * them, walks the graph from farm-status along the first transition whose guard holds, and stops at
 * the first step lacking input (current) or at a diagnosis. Deterministic and synchronous.
 */
import type { Decision, Finding, Question, Run, StepRun } from '../run-types';
import { pastesFor, type Paste, type StepId, type WizardState } from '../wizard-state';
import { emptyContext, type RunContext } from '../rules/context';
import type { Answers } from '../rules/evidence';
import { evaluateFarmStatus } from '../rules/evaluate-farm-status';
import { evaluatePing } from '../rules/evaluate-ping';
import { evaluateSession } from '../rules/evaluate-session';
import { evaluateReth, standbyMember } from '../rules/evaluate-reth';
import { evaluateLag } from '../rules/evaluate-lag';
import { evaluatePeerConfig } from '../rules/evaluate-peer-config';
import { diagnose } from '../rules/diagnoses';
import { splitPaste } from '../parsers/detect/split-paste';
import { stepForCommand, stepForPaste } from '../parsers/registry';
import { guardFor, type StepFacts } from './guards';
import { firstStep, stepGraph, type StepNode, type Transition } from './step-graph';
import { complete, fillCommands, fillLocalized, values } from './fill';
import { parseStep, type StepData } from './parse-step';
import type { StepInput } from '../rules/evidence';

interface Evaluated<S extends StepId> {
  facts: StepFacts[S];
  findings: Finding[];
  context: RunContext;
  waiting?: boolean;
  extra?: Record<string, string | null>;
}

function evaluate<S extends StepId>(
  step: S,
  inputs: StepInput<StepData[S]>[],
  ctx: RunContext,
  state: WizardState,
): Evaluated<S> {
  const answers: Answers = state.answers;
  // Each branch narrows S by hand: TypeScript cannot correlate the generic maps on its own.
  switch (step) {
    case 'farm-status':
      return evaluateFarmStatus(
        inputs as StepInput<StepData['farm-status']>[],
        ctx,
      ) as Evaluated<S>;
    case 'ping':
      return evaluatePing(
        inputs as StepInput<StepData['ping']>[],
        ctx,
        state.server,
      ) as Evaluated<S>;
    case 'session':
      return evaluateSession(inputs as StepInput<StepData['session']>[], ctx) as Evaluated<S>;
    case 'reth': {
      const r = evaluateReth(inputs as StepInput<StepData['reth']>[], ctx, answers);
      return {
        ...r,
        extra: { standbyMember: standbyMember(inputs as StepInput<StepData['reth']>[], r.context) },
      } as unknown as Evaluated<S>;
    }
    case 'lag':
      return evaluateLag(inputs as StepInput<StepData['lag']>[], ctx, answers) as Evaluated<S>;
    default:
      return evaluatePeerConfig(
        inputs as StepInput<StepData['peer-config']>[],
        ctx,
      ) as Evaluated<S>;
  }
}

function questionsFor(
  node: StepNode<StepId>,
  ctx: RunContext,
  state: WizardState,
  extra: Record<string, string | null>,
): Question[] {
  const v = values(ctx, extra);
  return node.questions
    .filter((q) => complete(q.text['en-US'], v))
    .map((q) => ({
      id: q.id,
      text: fillLocalized(q.text, v),
      answer: state.answers[q.id] ?? null,
    }));
}

function choose<S extends StepId>(node: StepNode<S>, facts: StepFacts[S]): Transition<S> {
  for (const tr of node.transitions) {
    const g = guardFor(node.id, tr.guard);
    if (g && g(facts)) return tr;
  }
  // The graph test guarantees `otherwise` closes every list; this keeps the engine total anyway.
  const last = node.transitions[node.transitions.length - 1];
  if (!last) throw new Error(`step ${node.id} has no transitions`);
  return last;
}

export function runWizard(state: WizardState): Run {
  const steps: StepRun[] = [];
  const findings: Finding[] = [];
  const path: StepId[] = [];
  let ctx = emptyContext();
  let step: StepId | null = firstStep;
  while (step !== null) {
    if (path.includes(step)) break;
    path.push(step);
    const node = stepGraph[step] as StepNode<StepId>;
    const parsed = parseStep(step, pastesFor(state, step));
    if (parsed.inputs.length === 0) {
      steps.push({
        step,
        title: node.title,
        commands: fillCommands(node.commands, ctx),
        pastes: parsed.pastes,
        findings: [],
        questions: questionsFor(node, ctx, state, {}),
        decision: null,
      });
      return { steps, path, current: step, diagnosis: null, findings };
    }
    const r: Evaluated<StepId> = evaluate(step, parsed.inputs, ctx, state);
    ctx = r.context;
    if (r.waiting) {
      steps.push({
        step,
        title: node.title,
        commands: fillCommands(node.commands, ctx),
        pastes: parsed.pastes,
        findings: r.findings,
        questions: questionsFor(node, ctx, state, r.extra ?? {}),
        decision: null,
      });
      findings.push(...r.findings);
      return { steps, path, current: step, diagnosis: null, findings };
    }
    const tr: Transition<StepId> = choose(node, r.facts);
    const v = values(ctx, r.extra);
    const decision: Decision = { guard: tr.guard, to: tr.to, reason: fillLocalized(tr.reason, v) };
    steps.push({
      step,
      title: node.title,
      commands: fillCommands(node.commands, ctx),
      pastes: parsed.pastes,
      findings: r.findings,
      questions: questionsFor(node, ctx, state, r.extra ?? {}),
      decision,
    });
    findings.push(...r.findings);
    if ('diagnosis' in tr.to) {
      const diagnosis = diagnose(tr.to.diagnosis, {
        ctx,
        findings,
        stoppedAt: step,
        next: fillCommands(node.next, ctx),
      });
      return { steps, path, current: null, diagnosis, findings };
    }
    step = tr.to.step;
  }
  // Only reachable if the graph had a cycle, which the graph test rules out.
  const last = path[path.length - 1] ?? firstStep;
  const diagnosis = diagnose('inconclusive', { ctx, findings, stoppedAt: last, next: [] });
  return { steps, path, current: null, diagnosis, findings };
}

/**
 * Files each output of one big paste under its step (the user pasted everything into the first
 * box). Outputs no step takes stay on the first step, where they show as misfiled.
 */
export function sortPastes(text: string): Paste[] {
  const out: Paste[] = [];
  for (const seg of splitPaste(text)) {
    if (seg.command === 'empty' || seg.text.trim() === '') continue;
    const step = stepForPaste(seg.text) ?? stepForCommand(seg.command) ?? firstStep;
    out.push({ step, text: seg.text, at: null });
  }
  return out;
}
