/**
 * The incident file: the whole state as a JSON file the app can read back, for an incident too
 * large for a link. A minimal version of the incident library's export (the lead's work replaces
 * it); the shape is the library's: one incident, "current".
 */
import type { WizardState } from '@/domain/wizard-state';
import { useWizardStore } from './wizard-store';

export interface IncidentFile {
  format: 'slb-wizard-incidents';
  version: 1;
  incidents: Array<{
    id: string;
    title: string | null;
    /** ISO 8601, UTC. */
    created: string;
    updated: string;
    state: WizardState;
  }>;
}

export function incidentFile(state: WizardState, now: number): IncidentFile {
  const times = state.pastes.map((p) => p.at).filter((at): at is number => at !== null);
  const created = times.length ? Math.min(...times) : now;
  return {
    format: 'slb-wizard-incidents',
    version: 1,
    incidents: [
      {
        id: 'current',
        title: null,
        created: new Date(created).toISOString(),
        updated: new Date(now).toISOString(),
        state,
      },
    ],
  };
}

/** `incident-20261204-1542.json`, from the local time of the download. */
export function incidentFileName(now: number): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `incident-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.json`;
}

/** Saves the current incident as a file, through a temporary download link. */
export function downloadIncidentFile(state: WizardState = useWizardStore.getState().wizard): void {
  const now = Date.now();
  const blob = new Blob([JSON.stringify(incidentFile(state, now), null, 1)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = incidentFileName(now);
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL can go once the browser has read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
