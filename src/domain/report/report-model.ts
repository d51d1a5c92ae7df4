/**
 * The report as plain data: the report page and the Markdown export both render this, so they
 * cannot disagree about what was found. Everything is resolved to one language here; evidence is
 * resolved to the quoted lines of the user's own pastes.
 */
import type {
  CliBlock,
  DiagnosisId,
  Evidence,
  Finding,
  Lang,
  NextCommand,
  Question,
  Run,
  Severity,
  StepRun,
  Verification,
} from '../run-types';
import type { StepId, WizardState } from '../wizard-state';
import { splitLines } from '../parsers/shared/normalise';
import { cliBlockText } from './fix-text';
import { showInvisibles } from './invisible';
import { stepNames } from '../graph/step-names';
import { reportMessages, type ReportMessages } from './report-messages';
import { buildIncident, type ReportIncident } from './report-incident';

/** The static words of the report (no functions), for the UI to use the same headings. */
export type ReportLabels = {
  [
    K in keyof ReportMessages as ReportMessages[K] extends (...args: never[]) => unknown ? never : K
  ]: ReportMessages[K];
};

export type ReportStatus = 'diagnosed' | 'partial';

/** One quoted line of a paste. `pasteIndex` is 0-based within the step's pastes, `lineNo` 1-based. */
export interface ReportQuotedLine {
  step: StepId;
  pasteIndex: number;
  lineNo: number;
  /** Null when the paste has no such line (a stale citation): shown, never silently dropped. */
  text: string | null;
}

export interface ReportEvidence {
  step: StepId;
  stepTitle: string;
  pasteIndex: number;
  /** "paste 1" / "第 1 次粘贴". */
  pasteLabel: string;
  /** Null when the run cites a paste the state does not hold. */
  at: number | null;
  atText: string;
  /** "pasted 2023-06-25 13:55:00 UTC", or "time not recorded". */
  pastedText: string;
  /** Sorted by line number, without repeats. */
  lines: ReportQuotedLine[];
}

export interface ReportFinding {
  id: string;
  step: StepId;
  stepTitle: string;
  severity: Severity;
  severityLabel: string;
  text: string;
  subjects: string[];
  /** The diagnosis names this finding as one that led to it. */
  key: boolean;
  evidence: ReportEvidence[];
}

export interface ReportQuestion {
  id: string;
  text: string;
  answer: 'yes' | 'no' | null;
  answerText: string;
}

export interface ReportTurn {
  step: StepId;
  title: string;
  reason: string;
  guard: string;
  to:
    | { kind: 'step'; id: StepId; title: string }
    | { kind: 'diagnosis'; id: DiagnosisId; title: string };
  questions: ReportQuestion[];
}

export interface ReportCliBlock {
  device: string;
  view: string[];
  commands: string[];
  /** Exactly what a copy button puts on the clipboard. */
  text: string;
  /** Placeholders to fill in by hand; while any is left the block is not copyable. */
  fillIn: string[];
  /** Why this change needs a change window, or null. */
  changeWindow: string | null;
  before: ReportVerification | null;
  after: ReportVerification | null;
}

export interface ReportVerification {
  device: string;
  command: string;
  expect: string;
}

export interface ReportCommand {
  device: string;
  command: string;
  purpose: string | null;
}

export interface ReportDiagnosis {
  id: DiagnosisId;
  title: string;
  cause: string;
  /** Each piece of evidence the diagnosis requires, with the findings (texts) that supply it. */
  restsOn: Array<{ text: string; findings: string[] }>;
  /** For `inconclusive`: what is known, what looks odd and what to run next. */
  known: string[];
  odd: string[];
  next: ReportCommand[];
  /** For `inconclusive`: the diagnosis the outputs pointed at, and the evidence it lacked. */
  withheld: { title: string; missing: string[]; contradicted: string[] } | null;
}

/** A server farm or real server the run followed, and why. */
export interface ReportFollowing {
  kind: 'farm' | 'server';
  name: string;
  reason: string | null;
}

export interface ReportTimelineEntry {
  time: string;
  text: string;
  bad: boolean;
  evidence: ReportEvidence;
}

export interface ReportCurrentStep {
  step: StepId;
  title: string;
  commands: ReportCommand[];
  questions: ReportQuestion[];
}

export interface ReportPaste {
  step: StepId;
  stepTitle: string;
  /** 0-based within the step's pastes, as `Evidence.paste`. */
  pasteIndex: number;
  pasteLabel: string;
  at: number | null;
  atText: string;
  /** "pasted 2023-06-25 13:55:00 UTC", or "time not recorded". */
  pastedText: string;
  text: string;
  lineCount: number;
  /** "22 lines" / "22 行". */
  lineCountText: string;
}

export interface ReportModel {
  lang: Lang;
  title: string;
  /** The pasted names the title quotes (the farms), for writers that mark pasted values. */
  titleNames: string[];
  generatedAt: number;
  generatedText: string;
  status: ReportStatus;
  statusText: string;
  diagnosis: ReportDiagnosis | null;
  following: ReportFollowing[];
  timeline: ReportTimelineEntry[];
  /** For a partial run: what the findings so far say (all but `ok`), in path order. */
  knownSoFar: Array<{
    severity: Severity;
    severityLabel: string;
    text: string;
    subjects: string[];
  }>;
  path: ReportTurn[];
  findings: ReportFinding[];
  fix: ReportCliBlock[];
  rollback: ReportCliBlock[];
  verify: ReportVerification[];
  /** The step waiting for input (partial runs), with the commands to run there. */
  current: ReportCurrentStep | null;
  pastes: ReportPaste[];
  labels: ReportLabels;
  /** The summary page, ticket details, verification after the fix and the incident's timeline. */
  incident: ReportIncident;
}

export interface BuildReportOptions {
  /** Overrides the title derived from the farm status. */
  title?: string;
  /** Epoch ms of "generated"; defaults to the current time. */
  now?: number;
  /**
   * Minutes east of UTC in which to print times (the UI passes `-new Date().getTimezoneOffset()`).
   * Defaults to 0, printed as `UTC`, so the same run gives the same report on every machine.
   */
  utcOffsetMinutes?: number;
}

/** A final line break ends the last line rather than starting an empty one. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return splitLines(text.replace(/(?:\r\n|\n|\r)$/, '')).length;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2023-06-25 13:53:05 UTC` or `2023-06-25 21:53:05 UTC+08:00`: unambiguous in a ticket. */
export function formatTime(ms: number, utcOffsetMinutes = 0): string {
  const d = new Date(ms + utcOffsetMinutes * 60_000);
  if (Number.isNaN(d.getTime())) return String(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (utcOffsetMinutes === 0) return `${date} ${time} UTC`;
  const abs = Math.abs(utcOffsetMinutes);
  return `${date} ${time} UTC${utcOffsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function labelsOf(m: ReportMessages): ReportLabels {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v !== 'function') out[k] = v;
  return out as ReportLabels;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

interface FarmFact {
  name: string;
  active: number;
}

/** Farm names and active counts from the farm-status step's parsed pastes, whatever parsed. */
function farmFacts(run: Run): FarmFact[] {
  const step = run.steps.find((s) => s.step === 'farm-status');
  const facts: FarmFact[] = [];
  for (const paste of step?.pastes ?? []) {
    const value = paste.result?.value;
    if (!isRecord(value) || !Array.isArray(value.farms)) continue;
    for (const farm of value.farms as unknown[]) {
      if (
        !isRecord(farm) ||
        typeof farm.name !== 'string' ||
        typeof farm.activeRealServers !== 'number'
      )
        continue;
      if (!facts.some((f) => f.name === farm.name))
        facts.push({ name: farm.name, active: farm.activeRealServers });
    }
  }
  return facts;
}

function defaultTitle(run: Run, m: ReportMessages): { title: string; names: string[] } {
  const followed = run.steps.find((s) => s.step === 'farm-status')?.choice?.selected ?? null;
  const facts = farmFacts(run).filter((f) => followed === null || f.name === followed);
  // The report is about the farms that are down; a healthy neighbour in the same paste is noise.
  const down = facts.filter((f) => f.active === 0);
  const shown = down.length > 0 ? down : facts;
  const first = shown[0];
  if (!first) return { title: m.genericTitle, names: [] };
  const names = shown.map((f) => f.name);
  if (shown.length === 1) return { title: m.farmTitle(first.name, first.active), names };
  const total = shown.reduce((sum, f) => sum + f.active, 0);
  return { title: m.farmsTitle(names.join(m.listSep), total), names };
}

/** The state's pastes grouped per step, in order, so `Evidence.paste` indexes them. */
function pastesByStep(state: WizardState): Map<StepId, WizardState['pastes']> {
  const by = new Map<StepId, WizardState['pastes']>();
  for (const p of state.pastes) {
    const list = by.get(p.step);
    if (list) list.push(p);
    else by.set(p.step, [p]);
  }
  return by;
}

export function buildReport(
  state: WizardState,
  run: Run,
  lang: Lang,
  opts: BuildReportOptions = {},
): ReportModel {
  const m = reportMessages[lang];
  const offset = opts.utcOffsetMinutes ?? 0;
  const now = opts.now ?? Date.now();
  const byStep = pastesByStep(state);
  const splitCache = new Map<string, string[]>();
  const linesOf = (text: string): string[] => {
    let lines = splitCache.get(text);
    if (!lines) {
      // The parsers' own split, so a cited line number means the same line here.
      lines = splitLines(text);
      splitCache.set(text, lines);
    }
    return lines;
  };

  const stepTitle = (step: StepId): string =>
    run.steps.find((s) => s.step === step)?.title[lang] ?? stepNames[step][lang];
  const atText = (at: number | null): string =>
    at === null ? m.timeNotRecorded : formatTime(at, offset);
  const pastedText = (at: number | null): string =>
    at === null ? m.timeNotRecorded : m.pastedAt(formatTime(at, offset));
  const answerText = (a: Question['answer']): string =>
    a === 'yes' ? m.answerYes : a === 'no' ? m.answerNo : m.answerNone;
  const question = (q: Question): ReportQuestion => ({
    id: q.id,
    text: q.text[lang],
    // The run carries the answer it used; the state is the fallback when a run predates it.
    answer: q.answer ?? state.answers[q.id] ?? null,
    answerText: answerText(q.answer ?? state.answers[q.id] ?? null),
  });
  const command = (c: NextCommand): ReportCommand => ({
    device: c.device[lang],
    command: showInvisibles(c.command),
    purpose: c.purpose ? c.purpose[lang] : null,
  });
  const block = (b: CliBlock): ReportCliBlock => ({
    device: b.device[lang],
    view: [...b.view],
    commands: [...b.commands],
    text: cliBlockText(b),
    fillIn: b.fillIn ?? [],
    changeWindow: b.changeWindow ? b.changeWindow[lang] : null,
    before: b.before ? verification(b.before) : null,
    after: b.after ? verification(b.after) : null,
  });
  const verification = (v: Verification): ReportVerification => ({
    device: v.device[lang],
    command: showInvisibles(v.command),
    expect: v.expect[lang],
  });

  const diagnosisTitle = (id: DiagnosisId): string =>
    run.diagnosis && run.diagnosis.id === id ? run.diagnosis.title[lang] : id;

  const turn = (s: StepRun): ReportTurn | null => {
    const d = s.decision;
    if (!d) return null;
    const to: ReportTurn['to'] =
      'step' in d.to
        ? { kind: 'step', id: d.to.step, title: stepTitle(d.to.step) }
        : { kind: 'diagnosis', id: d.to.diagnosis, title: diagnosisTitle(d.to.diagnosis) };
    return {
      step: s.step,
      title: s.title[lang],
      reason: d.reason[lang],
      guard: d.guard,
      to,
      questions: s.questions.map(question),
    };
  };

  const keyIds = new Set(run.diagnosis?.findings ?? []);
  const evidenceOf = (e: Evidence): ReportEvidence => {
    const paste = byStep.get(e.step)?.[e.paste];
    const lines = paste ? linesOf(paste.text) : [];
    const numbers = [...new Set(e.lines)].sort((a, b) => a - b);
    return {
      step: e.step,
      stepTitle: stepTitle(e.step),
      pasteIndex: e.paste,
      pasteLabel: m.paste(e.paste),
      at: paste?.at ?? null,
      atText: paste ? atText(paste.at) : m.pasteMissing,
      pastedText: paste ? pastedText(paste.at) : m.pasteMissing,
      lines: numbers.map((lineNo) => ({
        step: e.step,
        pasteIndex: e.paste,
        lineNo,
        text: Number.isInteger(lineNo) && lineNo >= 1 ? (lines[lineNo - 1] ?? null) : null,
      })),
    };
  };
  const finding = (f: Finding): ReportFinding => ({
    id: f.id,
    step: f.step,
    stepTitle: stepTitle(f.step),
    severity: f.severity,
    severityLabel: m.severity[f.severity],
    text: f.text[lang],
    subjects: [...f.subjects],
    key: keyIds.has(f.id),
    evidence: f.evidence.map(evidenceOf),
  });

  const findings = run.findings.map(finding);
  const diagnosed = run.diagnosis !== null && run.current === null;
  // In path order, so it reads as the story so far; `ok` findings say nothing is wrong there.
  const knownSoFar = diagnosed
    ? []
    : findings
        .filter((f) => f.severity !== 'ok')
        .map((f) => ({
          severity: f.severity,
          severityLabel: f.severityLabel,
          text: f.text,
          subjects: f.subjects,
        }));

  const currentRun = run.current ? run.steps.find((s) => s.step === run.current) : undefined;
  const current: ReportCurrentStep | null = run.current
    ? {
        step: run.current,
        title: stepTitle(run.current),
        commands: (currentRun?.commands ?? []).map(command),
        questions: (currentRun?.questions ?? []).map(question),
      }
    : null;

  const pastes: ReportPaste[] = [];
  const seen = new Map<StepId, number>();
  for (const p of state.pastes) {
    const index = seen.get(p.step) ?? 0;
    seen.set(p.step, index + 1);
    pastes.push({
      step: p.step,
      stepTitle: stepTitle(p.step),
      pasteIndex: index,
      pasteLabel: m.paste(index),
      at: p.at,
      atText: atText(p.at),
      pastedText: pastedText(p.at),
      text: p.text,
      lineCount: lineCount(p.text),
      lineCountText: m.lines(lineCount(p.text)),
    });
  }

  const dx = run.diagnosis;
  const derived = defaultTitle(run, m);
  const title = opts.title !== undefined ? { title: opts.title, names: [] } : derived;
  const fix = (dx?.fix ?? []).map(block);
  const incident = buildIncident(state, run, lang, m, {
    title: derived.title,
    farm: derived.names[0] ?? null,
    now,
    time: (at) => formatTime(at, offset),
    fix,
  });
  // The ticket number leads the title, so the printout and the files say which incident they are.
  const ticket = state.details?.ticket ?? null;
  return {
    lang,
    title: ticket && opts.title === undefined ? `${ticket} · ${title.title}` : title.title,
    titleNames: title.names,
    generatedAt: now,
    generatedText: formatTime(now, offset),
    status: diagnosed ? 'diagnosed' : 'partial',
    statusText: diagnosed ? m.statusDiagnosed : m.statusPartial,
    diagnosis: dx
      ? {
          id: dx.id,
          title: dx.title[lang],
          cause: dx.cause[lang],
          restsOn: dx.evidence.map((e) => ({
            text: e.text[lang],
            findings: e.findings.flatMap((id) => {
              const f = run.findings.find((x) => x.id === id);
              return f ? [f.text[lang]] : [];
            }),
          })),
          known: (dx.known ?? []).map((k) => k[lang]),
          odd: (dx.odd ?? []).map((k) => k[lang]),
          next: (dx.next ?? []).map(command),
          withheld: dx.withheld
            ? {
                title: dx.withheld.title[lang],
                missing: dx.withheld.missing.map((x) => x[lang]),
                contradicted: dx.withheld.contradicted.map((x) => x[lang]),
              }
            : null,
        }
      : null,
    following: run.steps.flatMap((s) =>
      s.choice && s.choice.selected !== null
        ? [
            {
              kind: s.choice.kind,
              name:
                s.choice.options.find((o) => o.value === s.choice?.selected)?.label ??
                s.choice.selected,
              reason: s.choice.reason ? s.choice.reason[lang] : null,
            },
          ]
        : [],
    ),
    timeline: run.timeline.map((e) => ({
      time: e.time,
      text: e.text,
      bad: e.bad,
      evidence: evidenceOf(e.evidence),
    })),
    knownSoFar,
    path: run.steps.map(turn).filter((t): t is ReportTurn => t !== null),
    findings,
    fix,
    rollback: (dx?.rollback ?? []).map(block),
    verify: (dx?.verify ?? []).map(verification),
    current,
    pastes,
    labels: labelsOf(m),
    incident,
  };
}
