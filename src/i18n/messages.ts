import type { Lang } from '@/domain/run-types';
import type { MoreKey } from './messages-more';

/** UI words. Device output and CLI stay English; everything around them speaks the user's language. */
const enUS = {
  appTitle: 'SLB Probe-Failure Wizard',
  skipToContent: 'Skip to content',
  language: 'Language',
  theme: 'Colour scheme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  startOver: 'New incident',
  undo: 'Undo',
  undoMore: '{count} earlier actions can be undone too.',
  dismiss: 'Dismiss',
  incidentsNav: 'Incidents',
  report: 'Report',
  copyLink: 'Copy link',
  startIntro1:
    'Your H3C/Comware load balancer shows a server farm with 0 active real servers (Probe-failed).',
  startIntro2:
    'At each step, run the command shown, paste its output, and the wizard reads it in this browser and picks the next check.',
  startIntro3:
    'It ends with the root cause, the fix for each device and a report. Nothing you paste leaves this browser.',
  startButton: 'Start with the server farm',
  loadExample: 'Load example incident',
  continueWhere: 'Continue where you left off',
  pasteAll: 'Or paste several outputs at once',
  pasteAllHelp: 'Paste everything you already collected; each output is filed under its step.',
  pasteAllLabel: 'All the outputs you collected',
  sortedInto: 'Filed {count} outputs into their steps.',
  sortedNone:
    'None of these outputs belongs to a step. Expected outputs such as display server-farm, ping, display session table … verbose.',
  steps: 'Steps',
  stepOf: 'Step {n} of the path',
  runThis: 'Run this',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text and press Ctrl+C',
  pasteLabel: 'Output of the command',
  pasteAnother: 'Paste another output for this step',
  pasteHint:
    'Paste the whole output, prompts and "---- More ----" lines included. Ctrl+Enter analyses.',
  analyse: 'Analyse',
  remove: 'Remove this paste',
  edit: 'Edit',
  pastedAt: 'Pasted {time}',
  timeUnknown: 'time not recorded',
  parsedTitle: 'What the wizard read',
  findingsTitle: 'Findings',
  noFindings: 'No findings yet.',
  evidence: 'Evidence',
  lineN: 'line {n}',
  longLinePart: 'A long line: characters {from}–{to} of {total} shown.',
  longLinePrev: 'Previous part',
  longLineNext: 'Next part',
  linesOfPaste: 'The paste, with the lines that prove the findings highlighted',
  errors: 'Could not read this paste',
  showWarnings: '{count} lines not understood',
  misfiled: 'This looks like {command}, not the output this step needs ({expected}).',
  misfiledMove: 'File it under “{step}”',
  misfiledNowhere: 'No step of this wizard takes {command}.',
  expected: 'Expected: {expected}',
  nextTitle: 'Next',
  why: 'Why',
  goNext: 'Go to: {target}',
  seeDiagnosis: 'See the diagnosis',
  waitingInput: 'Paste the output above to continue.',
  yes: 'Yes',
  no: 'No',
  clearAnswer: 'Clear',
  diagnosisTitle: 'Diagnosis',
  verify: 'Verify',
  fillInFirst: 'Fill in {names} by hand: no paste named it, so this is not copyable.',
  goToStep: 'Go to “{step}”',
  stepNotReached:
    'This step is not on the current path yet. Earlier steps decide whether it is needed.',
  notFound: 'This page does not exist.',
  goStart: 'Go to the start page',
  severity_ok: 'OK',
  severity_info: 'Note',
  severity_warning: 'Warning',
  severity_problem: 'Problem',
  close: 'Close',
  tooLarge:
    'This paste is {size} MB; the limit is {limit} MB. Paste only the output of the command shown.',
  parsing: 'Reading the paste…',
  pasteHeld: 'A large paste ({size} MB): only its start is shown here, Analyse reads all of it.',
  engineFailed:
    'The wizard could not analyse these pastes ({message}). Your pastes are kept; please report this output.',
  colon: ': ',
  shortcutsButton: 'Keyboard shortcuts (?)',
  waitingChoiceFarm: 'Choose the server farm to follow at the top of this page to continue.',
  waitingChoiceServer: 'Choose the real server to follow at the top of this page to continue.',
  stepState_done: 'done',
  stepState_waiting: 'waiting for its output',
  stepState_skipped: 'skipped',
  'stepState_not-reached': 'not reached',
  stepOfPath: 'Step {n} of {m} on this path',
  stepOfPathUpTo: 'Step {n} of up to {m} on this path',
  cannotRunHere: 'I cannot run this here',
  cannotRunHereHelp:
    'No access to this device or command? The wizard goes on with what it has and says what it could not check.',
  skippedNote:
    'Skipped: you said you cannot run this here. The wizard went on without it and lists it as not checked. A paste here still counts.',
  unskip: 'I can run it after all',
  sortedTitle: 'What was filed where',
  sortedNotUnderstood:
    'Not understood: {count} output(s), left on “{step}”, where each says what was expected:',
  sortedReading: 'Reading the outputs…',
};

/** The words the shell, the start page and the step pages use: they ship with the first load. */
export type CoreKey = keyof typeof enUS;
export type MessageKey = CoreKey | MoreKey;

/**
 * Only the English words of the first pages ship with the page. The Chinese ones
 * (`messages-zh.ts`) and the words of the other pages in both languages (`messages-more.ts`)
 * load with the engine, and pages render only once they are in (`load-messages.ts`).
 */
export const messages: Record<Lang, Partial<Record<MessageKey, string>>> = {
  'en-US': { ...enUS },
  'zh-CN': {},
};
const registered = new Set<Lang>(['en-US']);

export function registerMessages(lang: Lang, table: Partial<Record<MessageKey, string>>): void {
  messages[lang] = { ...messages[lang], ...table };
  if (lang !== 'en-US' && 'appTitle' in table) registered.add(lang);
}

export function hasMessages(lang: Lang): boolean {
  return registered.has(lang);
}

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
