/**
 * `report [--format md|json] [--lang en-US|zh-CN] [--redact] [--farm <name>] [--server <address>]
 * [--answer <question>=yes|no] <step>=<file> ...`: the report the app exports, from the same
 * functions (src/domain/report): Markdown by default, or the JSON run. The state is built as for
 * `diagnose`; `--redact` replaces addresses, host names and descriptions first, as `share` does,
 * so the report, its diagnosis and its quoted lines all come from the redacted pastes. Times are
 * printed in UTC; `SOURCE_DATE_EPOCH` (seconds) fixes "generated" for reproducible output.
 */
import { runWizard, sortPastes } from '../domain/graph/run-wizard';
import { buildReport } from '../domain/report/report-model';
import { reportToMarkdown } from '../domain/report/report-markdown';
import { reportToJson } from '../domain/report/report-json';
import { redactState } from '../domain/share/redact';
import { stripSecretsState } from '../domain/share/strip-secrets';
import type { Lang } from '../domain/run-types';
import type { WizardState } from '../domain/wizard-state';
import { stateFromArgs, UsageError } from './step-args';

type Format = 'md' | 'json';

function generatedAt(): number {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d+$/.test(epoch))
    throw new UsageError(`SOURCE_DATE_EPOCH expects whole seconds since 1970, got "${epoch}"`);
  return Number(epoch) * 1000;
}

export function reportCommand(args: string[]): string {
  let format: Format = 'md';
  let lang: Lang = 'en-US';
  let redact = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--format') {
      const value = args[++i] ?? '';
      if (value !== 'md' && value !== 'json')
        throw new UsageError(`--format expects md or json, got "${value}"`);
      format = value;
    } else if (a === '--lang') {
      const value = args[++i] ?? '';
      if (value !== 'en-US' && value !== 'zh-CN')
        throw new UsageError(`--lang expects en-US or zh-CN, got "${value}"`);
      lang = value;
    } else if (a === '--redact') redact = true;
    else if (a === '--farm' || a === '--server' || a === '--answer' || a === '--skip') {
      rest.push(a, args[++i] ?? '');
    } else rest.push(a);
  }
  let state: WizardState = stateFromArgs(rest, sortPastes);
  // Secrets always go, and with --redact addresses and names too, before the engine runs, as in the
  // app's export: the run, its quoted lines and the report are all the cleaned state's.
  state = redact ? redactState(state) : stripSecretsState(state);
  const run = runWizard(state);
  if (format === 'json') return reportToJson(state, run).replace(/\n$/, '');
  return reportToMarkdown(buildReport(state, run, lang, { now: generatedAt() })).replace(/\n$/, '');
}
