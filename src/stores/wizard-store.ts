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

export interface WizardStore {
  wizard: WizardState;
  lang: Lang;
  theme: Theme;
  /** The state before the last "Start over", until the user undoes or changes something. */
  undoable: WizardState | null;
}

export const useWizardStore = create<WizardStore>()(() => ({
  wizard: emptyState,
  lang: 'en-US',
  theme: 'system',
  undoable: null,
}));

function setWizard(update: (w: WizardState) => WizardState): void {
  useWizardStore.setState((s) => ({ wizard: update(s.wizard), undoable: null }));
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

export function removePaste(step: StepId, index: number): void {
  setWizard((w) => {
    let seen = -1;
    return {
      ...w,
      pastes: w.pastes.filter((p) => (p.step === step ? ++seen !== index : true)),
    };
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

export function startOver(): void {
  useWizardStore.setState((s) => ({
    wizard: emptyState,
    undoable: s.wizard.pastes.length || Object.keys(s.wizard.answers).length ? s.wizard : null,
  }));
}

export function undoStartOver(): void {
  useWizardStore.setState((s) => (s.undoable ? { wizard: s.undoable, undoable: null } : s));
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
