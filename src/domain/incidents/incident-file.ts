/**
 * The incident file: incidents exported from one browser and imported into another (or kept as a
 * backup when the browser cannot keep them). Plain JSON, so an engineer can read it.
 */
import { asWizardState } from '../wizard-state';
import { diagnosisIds, type DiagnosisId } from '../run-types';
import type { Incident, IncidentSummary } from './incident';
import { contentKey, summarise } from './incident';

export const incidentFileFormat = 'slb-wizard-incidents';
export const incidentFileVersion = 1;

export interface IncidentFile {
  format: typeof incidentFileFormat;
  version: typeof incidentFileVersion;
  exported: string;
  incidents: Array<Pick<Incident, 'id' | 'title' | 'created' | 'updated' | 'summary' | 'state'>>;
}

export function toIncidentFile(incidents: Incident[], now: number): string {
  const file: IncidentFile = {
    format: incidentFileFormat,
    version: incidentFileVersion,
    exported: new Date(now).toISOString(),
    incidents: incidents.map(({ id, title, created, updated, summary, state }) => ({
      id,
      title,
      created,
      updated,
      summary,
      state,
    })),
  };
  return JSON.stringify(file, null, 1);
}

export type ReadIncidentFile =
  { ok: true; incidents: Incident[]; skipped: number } | { ok: false; message: string };

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function asDiagnosis(x: unknown): IncidentSummary['diagnosis'] {
  if (!x || typeof x !== 'object') return null;
  const d = x as Record<string, unknown>;
  const title = d.title as Record<string, unknown> | undefined;
  if (!diagnosisIds.includes(d.id as DiagnosisId) || !title) return null;
  if (typeof title['en-US'] !== 'string' || typeof title['zh-CN'] !== 'string') return null;
  return { id: d.id as DiagnosisId, title: { 'en-US': title['en-US'], 'zh-CN': title['zh-CN'] } };
}

/**
 * Reads a file the user chose: anything may be in it. Incidents whose state does not check out
 * are skipped and counted, never half-read; the file as a whole is refused only when it is not an
 * incident file at all.
 */
export function readIncidentFile(text: string): ReadIncidentFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'not-json' };
  }
  if (!doc || typeof doc !== 'object') return { ok: false, message: 'not-incident-file' };
  const d = doc as Record<string, unknown>;
  if (d.format !== incidentFileFormat || !Array.isArray(d.incidents))
    return { ok: false, message: 'not-incident-file' };
  if (typeof d.version !== 'number' || d.version > incidentFileVersion)
    return { ok: false, message: 'newer-version' };
  const incidents: Incident[] = [];
  let skipped = 0;
  for (const item of d.incidents as unknown[]) {
    const r = (item ?? {}) as Record<string, unknown>;
    const state = asWizardState(r.state);
    if (!state || typeof r.id !== 'string' || !/^[0-9a-z-]{1,64}$/i.test(r.id)) {
      skipped++;
      continue;
    }
    const created = isTime(r.created) ? r.created : 0;
    const updated = isTime(r.updated) ? r.updated : created;
    const summary = (r.summary ?? {}) as Record<string, unknown>;
    incidents.push({
      id: r.id,
      title: typeof r.title === 'string' && r.title.trim() ? r.title.slice(0, 200) : null,
      created,
      updated,
      rev: 0,
      key: contentKey(state),
      summary: summarise(state, asDiagnosis(summary.diagnosis)),
      state,
    });
  }
  return { ok: true, incidents, skipped };
}
