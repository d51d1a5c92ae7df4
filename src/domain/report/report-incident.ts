/**
 * The incident part of the report, in one language: the summary a manager reads first (what
 * broke, since when, why, what was done, verified or not), the ticket details, the before/after
 * of each fact the verify step compared, and the timeline of what was pasted and decided.
 */
import type { Evidence, FactStatus, Lang, ResolutionStatus, Run } from '../run-types';
import type { WizardState } from '../wizard-state';
import { incidentFacts, reportFileBase } from './incident';
import type { ReportMessages } from './report-messages';

export interface ReportResolutionFact {
  subject: string;
  before: string;
  after: string;
  status: FactStatus;
  statusText: string;
  /** True when the value after the fix is a fault. */
  bad: boolean;
  beforeEvidence: Evidence | null;
  afterEvidence: Evidence | null;
}

export interface ReportResolution {
  status: ResolutionStatus;
  statusText: string;
  summary: string;
  atText: string;
  facts: ReportResolutionFact[];
  uncompared: Array<{ pasteLabel: string; command: string; reason: string }>;
}

export interface ReportIncident {
  /** The details given or derived, in ticket order; only those known. */
  details: Array<{ key: string; label: string; value: string }>;
  /** Device names from the prompts (pasted values). */
  devices: string[];
  summary: Array<{ key: string; label: string; text: string }>;
  resolution: ReportResolution | null;
  events: Array<{ atText: string; text: string }>;
  /** `<farm>-<diagnosis>-<date>`, for the exported files. */
  fileBase: string;
}

export function buildIncident(
  state: WizardState,
  run: Run,
  lang: Lang,
  m: ReportMessages,
  opts: {
    title: string;
    farm: string | null;
    now: number;
    time: (at: number) => string;
    fix: Array<{ device: string; commands: string[] }>;
  },
): ReportIncident {
  const facts = incidentFacts(state, run);
  const d = state.details;
  const time = (at: number | null) => (at === null ? m.timeNotRecorded : opts.time(at));
  const start =
    d?.start ??
    (facts.start !== null
      ? `${time(facts.start)}${m.openParen}${m.fromFirstPaste}${m.closeParen}`
      : null);
  const end =
    d?.end ??
    (facts.end !== null
      ? `${time(facts.end)}${m.openParen}${m.fromResolution}${m.closeParen}`
      : null);
  const details: ReportIncident['details'] = [];
  const add = (key: string, label: string, value: string | null | undefined) => {
    if (value) details.push({ key, label, value });
  };
  add('ticket', m.ticket, d?.ticket);
  add('engineer', m.engineer, d?.engineer);
  add('service', m.service, d?.service);
  add('start', m.start, start);
  add('end', m.end, end);

  const dx = run.diagnosis && run.current === null ? run.diagnosis : null;
  const r = run.resolution;
  const fix = opts.fix[0];
  // The change itself, for a manager: not the view changes and the save that frame it.
  const change = (fix?.commands ?? []).filter(
    (c) => !/^(system-view|return|quit|save( force)?)$/.test(c.trim()),
  );
  const done = [
    dx === null
      ? m.notDiagnosed
      : fix
        ? `${m.fixRecommended}${m.colon}${fix.device}${m.colon}\`${change.join('; ')}\``
        : m.noConfigFix,
    ...(r ? [m.verifyPasted(time(r.at))] : []),
  ];
  const summary: ReportIncident['summary'] = [
    { key: 'what', label: m.whatBroke, text: opts.title },
    { key: 'since', label: m.since, text: start ?? m.timeNotRecorded },
    {
      key: 'why',
      label: m.why,
      text: dx ? `${dx.title[lang]}${m.colon}${dx.cause[lang]}` : m.notDiagnosed,
    },
    { key: 'done', label: m.whatWasDone, text: done.join(lang === 'en-US' ? '; ' : '；') },
    {
      key: 'verified',
      label: m.verified,
      text: r ? `${m.resolutionStatus[r.status]}${m.colon}${r.summary[lang]}` : m.notVerified,
    },
  ];

  const resolution: ReportResolution | null = r
    ? {
        status: r.status,
        statusText: m.resolutionStatus[r.status],
        summary: r.summary[lang],
        atText: time(r.at),
        facts: r.facts.map((f) => ({
          subject: f.subject,
          before: f.before?.value ?? m.notShown,
          after: f.after?.value ?? m.notShown,
          status: f.status,
          statusText: m.factStatus[f.status],
          bad: f.after?.health === 'bad',
          beforeEvidence: f.before?.evidence ?? null,
          afterEvidence: f.after?.evidence ?? null,
        })),
        uncompared: r.uncompared.map((u) => ({
          pasteLabel: m.paste(u.paste),
          command: u.command,
          reason: u.reason[lang],
        })),
      }
    : null;

  return {
    details,
    devices: facts.devices.map((x) => x.name),
    summary,
    resolution,
    events: facts.events.map((e) => ({ atText: time(e.at), text: e.text[lang] })),
    fileBase: reportFileBase(opts.farm, dx?.id ?? null, facts.start ?? opts.now),
  };
}
