import { readLimited } from './read-input';
import path from 'node:path';
import {
  isStepId,
  stepIds,
  type Answer,
  type Paste,
  type StepId,
  type WizardState,
} from '../domain/wizard-state';

export class UsageError extends Error {}
export class InputError extends Error {}

export interface FileArg {
  /** Null for a bare `<file>`: the caller places it by detection. */
  step: StepId | null;
  file: string;
  text: string;
}

/** Reads `<step>=<file>` and bare `<file>` arguments; `-` is stdin (once). */
export function readStepArgs(args: string[]): FileArg[] {
  if (args.length === 0) throw new UsageError('expected at least one <step>=<file> or <file>');
  const stdin = args.filter((a) => a === '-' || a.endsWith('=-'));
  if (stdin.length > 1) throw new UsageError('stdin (-) can be read only once');
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    const maybeStep = eq > 0 ? arg.slice(0, eq) : null;
    let step: StepId | null = null;
    let file = arg;
    if (maybeStep !== null && isStepId(maybeStep)) {
      step = maybeStep;
      file = arg.slice(eq + 1);
    } else if (maybeStep !== null && /^[a-z-]+$/.test(maybeStep)) {
      throw new UsageError(`unknown step "${maybeStep}" in "${arg}"`);
    }
    let text: string;
    try {
      text = readLimited(file === '-' ? 0 : resolveFromCaller(file));
    } catch (e) {
      throw new InputError(`cannot read ${file === '-' ? 'stdin' : file}: ${(e as Error).message}`);
    }
    return { step, file, text };
  });
}

export function toPaste(step: StepId, text: string): Paste {
  return { step, text, at: null };
}

/** `npm run` changes to the package folder; relative paths mean the folder the user typed them in. */
export function resolveFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/**
 * The wizard state the CLI arguments describe: `<step>=<file>` pastes in order (a bare `<file>` is
 * filed by detection and split when it holds several outputs), `--answer <question>=yes|no`, and
 * the server farm and real server to follow (`--farm <name>`, `--server <address|name>`).
 */
export function stateFromArgs(args: string[], sortPastes: (text: string) => Paste[]): WizardState {
  const answers: Record<string, Answer> = {};
  const files: string[] = [];
  let farm: string | null = null;
  let server: string | null = null;
  const skipped: StepId[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--answer') {
      const value = args[++i] ?? '';
      const m = /^([A-Za-z0-9][A-Za-z0-9._:-]*)=(yes|no)$/.exec(value);
      if (!m) throw new UsageError(`--answer expects <question id>=yes|no, got "${value}"`);
      answers[m[1]!] = m[2] as Answer;
    } else if (a === '--farm' || a === '--server') {
      const value = args[++i] ?? '';
      if (value === '' || value.startsWith('--'))
        throw new UsageError(
          `${a} expects a ${a === '--farm' ? 'server farm name' : 'real server address or name'}`,
        );
      if (a === '--farm') farm = value;
      else server = value;
    } else if (a === '--skip') {
      // "I cannot run this here", as in the app.
      const value = args[++i] ?? '';
      if (!isStepId(value))
        throw new UsageError(`--skip expects a step (${stepIds.join(' ')}), got "${value}"`);
      if (!skipped.includes(value)) skipped.push(value);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  const state: WizardState = {
    pastes: [],
    answers,
    server,
    farm,
    ...(skipped.length ? { skipped } : {}),
  };
  for (const arg of readStepArgs(files)) {
    if (arg.step === 'verify') {
      // One file may hold every verification output: each is compared on its own.
      const outputs = sortPastes(arg.text);
      if (outputs.length === 0) state.pastes.push(toPaste('verify', arg.text));
      else state.pastes.push(...outputs.map((o) => toPaste('verify', o.text)));
    } else if (arg.step) state.pastes.push(toPaste(arg.step, arg.text));
    else state.pastes.push(...sortPastes(arg.text));
  }
  return state;
}
