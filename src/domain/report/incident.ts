/**
 * The incident as a ticket needs it, derived from the state and the run: the devices (from the
 * prompts in the pastes), when it started and ended, and a timeline of what was pasted and decided.
 * Language-neutral (Localized texts); the report model picks a language.
 */
import type { Localized, Run } from '../run-types';
import type { StepId, WizardState } from '../wizard-state';
import { normalise } from '../parsers/shared/normalise';
import { stepNames } from '../graph/step-names';
import { t } from '../rules/text';

export interface IncidentDevice {
  name: string;
  /** The steps whose pastes came from it, in order. */
  steps: StepId[];
}

export interface IncidentEvent {
  at: number | null;
  kind: 'paste' | 'decision' | 'diagnosis' | 'resolution';
  step: StepId | null;
  text: Localized;
}

export interface IncidentFacts {
  devices: IncidentDevice[];
  /** Epoch ms of the first paste with a time; null when none has one. */
  start: number | null;
  /** Epoch ms of the last verify paste when the fix is verified; null otherwise. */
  end: number | null;
  events: IncidentEvent[];
}

/** The prompt's device name and the echoed command of a paste (the first of each). */
function promptOf(text: string): { device: string | null; command: string | null } {
  // The prompt is at the top of a paste; reading a few lines is enough, whatever its size.
  const head = text.slice(0, 4096);
  const c = normalise(head).commands[0];
  return { device: c?.device || null, command: c?.command || null };
}

export function incidentFacts(state: WizardState, run: Run): IncidentFacts {
  const devices: IncidentDevice[] = [];
  const events: IncidentEvent[] = [];
  const count = new Map<StepId, number>();
  for (const p of state.pastes) {
    const n = (count.get(p.step) ?? 0) + 1;
    count.set(p.step, n);
    const { device, command } = promptOf(p.text);
    if (device) {
      const d = devices.find((x) => x.name === device);
      if (!d) devices.push({ name: device, steps: [p.step] });
      else if (!d.steps.includes(p.step)) d.steps.push(p.step);
    }
    const name = stepNames[p.step];
    // Backticks mark the command as code in the Markdown; one inside it would end the span.
    const what = command ? ` \`${command.replace(/`/g, "'")}\`` : '';
    const on = device ? ` (${device})` : '';
    const onZh = device ? `（${device}）` : '';
    events.push({
      at: p.at,
      kind: 'paste',
      step: p.step,
      text: t(
        `Pasted${what}${on} at ${name['en-US']}, paste ${n}.`,
        `在「${name['zh-CN']}」粘贴${what}${onZh}（第 ${n} 次）。`,
      ),
    });
  }

  // A decision is made when the last paste of its step arrives.
  const lastAt = (step: StepId): number | null => {
    const times = state.pastes.filter((p) => p.step === step && p.at !== null).map((p) => p.at!);
    return times.length ? Math.max(...times) : null;
  };
  for (const s of run.steps) {
    const d = s.decision;
    if (!d) continue;
    const to =
      'step' in d.to
        ? stepNames[d.to.step]
        : run.diagnosis && run.diagnosis.id === d.to.diagnosis
          ? run.diagnosis.title
          : t(d.to.diagnosis, d.to.diagnosis);
    events.push({
      at: lastAt(s.step),
      kind: 'decision',
      step: s.step,
      text: t(
        `${stepNames[s.step]['en-US']}: ${d.reason['en-US']} → ${to['en-US']}`,
        `${stepNames[s.step]['zh-CN']}：${d.reason['zh-CN']} → ${to['zh-CN']}`,
      ),
    });
  }
  if (run.diagnosis && run.current === null) {
    const times = run.path.map(lastAt).filter((x): x is number => x !== null);
    events.push({
      at: times.length ? Math.max(...times) : null,
      kind: 'diagnosis',
      step: null,
      text: t(
        `Diagnosis: ${run.diagnosis.title['en-US']}.`,
        `诊断：${run.diagnosis.title['zh-CN']}。`,
      ),
    });
  }
  const r = run.resolution;
  if (r) {
    events.push({
      at: r.at,
      kind: 'resolution',
      step: 'verify',
      text: t(
        `Verified after the fix: ${r.status}. ${r.summary['en-US']}`,
        `修复后验证：${resolutionWords[r.status]}。${r.summary['zh-CN']}`,
      ),
    });
  }
  // In time order; events without a time keep their place after the timed ones.
  const timed = events.filter((e) => e.at !== null).sort((a, b) => a.at! - b.at!);
  const firstAt = state.pastes.reduce<number | null>(
    (min, p) => (p.at !== null && (min === null || p.at < min) ? p.at : min),
    null,
  );
  return {
    devices,
    start: firstAt,
    end: r?.status === 'resolved' ? r.at : null,
    events: [...timed, ...events.filter((e) => e.at === null)],
  };
}

const resolutionWords = {
  resolved: '已解决',
  'not-resolved': '未解决',
  changed: '有变化',
} as const;

/** `test-01-lacp-mode-mismatch-2023-06-25`: safe in any file system, and says what it is about. */
export function reportFileBase(
  farm: string | null,
  diagnosis: string | null,
  date: number,
): string {
  const safe = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const d = new Date(date);
  const day = Number.isNaN(d.getTime()) ? 'undated' : d.toISOString().slice(0, 10);
  return [safe(farm ?? '') || 'slb', safe(diagnosis ?? '') || 'partial', day].join('-');
}
