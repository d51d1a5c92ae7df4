/**
 * The one store: what the user typed (pastes, answers, chosen farm and server) and the UI language.
 * Everything shown is derived from it by the pure engine. Only committed pastes land here, never
 * keystrokes, so a reload restores exactly what was analysed.
 */
import { create } from 'zustand';
import {
  emptyState,
  maxDetailChars,
  noDetails,
  noDetailsGiven,
  type Answer,
  type DetailField,
  type Paste,
  type StepId,
  type WizardState,
} from '@/domain/wizard-state';
import type { Lang } from '@/domain/run-types';

export type Theme = 'system' | 'light' | 'dark';

/** One destructive action that can be taken back; the newest is last. */
export interface UndoEntry {
  seq: number;
  /** What was done, in the user's words and language. */
  message: (lang: Lang) => string;
  undo: () => Promise<void>;
}

/** Why this tab's incident is not (fully) kept, shown where the user looks. */
export type StorageStatus =
  { problem: null } | { problem: 'quota' | 'blocked' | 'failed' | 'too-large'; detail: string };

/** Something another tab did to this tab's incident. */
export type IncidentNotice =
  { kind: 'forked'; from: string } | { kind: 'deleted-elsewhere' } | { kind: 'updated-elsewhere' };

export interface WizardStore {
  wizard: WizardState;
  lang: Lang;
  theme: Theme;
  /** The incident this tab works on; null until it holds something worth keeping. */
  incidentId: string | null;
  undo: UndoEntry[];
  storage: StorageStatus;
  /** The user chose to keep nothing on this computer: state in the link and this tab only. */
  keepNothing: boolean;
  notice: IncidentNotice | null;
}

export const useWizardStore = create<WizardStore>()(() => ({
  wizard: emptyState,
  lang: 'en-US',
  theme: 'system',
  incidentId: null,
  undo: [],
  storage: { problem: null },
  keepNothing: false,
  notice: null,
}));

function setWizard(update: (w: WizardState) => WizardState): void {
  useWizardStore.setState((s) => ({ wizard: update(s.wizard) }));
}

let undoSeq = 0;
const UNDO_DEPTH = 20;

export function pushUndo(message: UndoEntry['message'], undo: UndoEntry['undo']): void {
  useWizardStore.setState((s) => ({
    undo: [...s.undo.slice(-(UNDO_DEPTH - 1)), { seq: ++undoSeq, message, undo }],
  }));
}

/** Takes back the newest destructive action (or the one given). */
export async function undoLast(seq?: number): Promise<void> {
  const entries = useWizardStore.getState().undo;
  const entry = seq === undefined ? entries.at(-1) : entries.find((e) => e.seq === seq);
  if (!entry) return;
  useWizardStore.setState((s) => ({ undo: s.undo.filter((e) => e !== entry) }));
  await entry.undo();
}

export function dismissUndo(): void {
  useWizardStore.setState({ undo: [] });
}

/** Replaces the step's paste at `index` (within the step), or appends when index is past the end. */
export function commitPaste(
  step: StepId,
  index: number,
  text: string,
  at: number = Date.now(),
): void {
  setWizard((w) => {
    let seen = -1;
    let replaced = false;
    const pastes = w.pastes.map((p) => {
      if (p.step !== step) return p;
      seen++;
      if (seen !== index) return p;
      replaced = true;
      return { step, text, at: p.text === text ? p.at : at };
    });
    if (!replaced) pastes.push({ step, text, at });
    return { ...w, pastes };
  });
}

/** Removes the step's paste at `index`; returns it and where it stood among all pastes. */
export function removePaste(
  step: StepId,
  index: number,
): { paste: Paste; position: number } | null {
  let removed: { paste: Paste; position: number } | null = null;
  setWizard((w) => {
    let seen = -1;
    const position = w.pastes.findIndex((p) => p.step === step && ++seen === index);
    if (position < 0) return w;
    removed = { paste: w.pastes[position]!, position };
    return { ...w, pastes: w.pastes.filter((_, i) => i !== position) };
  });
  return removed;
}

/** Puts a removed paste back where it stood (or at the end, when the pastes changed since). */
export function restorePaste(paste: Paste, position: number): void {
  setWizard((w) => {
    const pastes = [...w.pastes];
    pastes.splice(Math.min(position, pastes.length), 0, paste);
    return { ...w, pastes };
  });
}

/** Files a paste under another step (a paste of another step's output, offered by the page). */
export function movePaste(from: StepId, index: number, to: StepId): void {
  setWizard((w) => {
    let seen = -1;
    return {
      ...w,
      pastes: w.pastes.map((p) => (p.step === from && ++seen === index ? { ...p, step: to } : p)),
    };
  });
}

/** Replaces the step's pastes by several sorted ones (everything pasted into one box). */
export function addSortedPastes(pastes: Paste[]): void {
  setWizard((w) => ({ ...w, pastes: [...w.pastes, ...pastes] }));
}

export function setAnswer(question: string, answer: Answer | null): void {
  setWizard((w) => {
    const answers = { ...w.answers };
    if (answer === null) delete answers[question];
    else answers[question] = answer;
    return { ...w, answers };
  });
}

export function chooseServer(address: string | null): void {
  setWizard((w) => ({ ...w, server: address }));
}

/** Following another farm starts its own story: the server chosen in the old one no longer applies. */
export function chooseFarm(name: string | null): void {
  setWizard((w) => ({ ...w, farm: name, server: w.farm === name ? w.server : null }));
}

export function replaceWizard(next: WizardState): void {
  setWizard(() => next);
}

export function setLang(lang: Lang): void {
  useWizardStore.setState({ lang });
}

export function setTheme(theme: Theme): void {
  useWizardStore.setState({ theme });
}

/** Sets one incident detail (ticket, engineer, ...); blank text clears it. */
export function setDetail(field: DetailField, value: string): void {
  setWizard((w) => {
    const text = value.trim() === '' ? null : value.slice(0, maxDetailChars);
    const details = { ...noDetails, ...w.details, [field]: text };
    const rest: WizardState = { ...w };
    delete rest.details;
    return noDetailsGiven(details) ? rest : { ...rest, details };
  });
}
