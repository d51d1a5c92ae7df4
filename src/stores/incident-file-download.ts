/** The incident file as a download: `<title>-<date>.slb-incidents.json`. */
import { downloadText } from '@/components/download-text';
import { exportIncidents } from './incident-library-actions';

function fileName(stem: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const safe = stem
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe || 'incident'}-${date}.slb-incidents.json`;
}

/** Downloads this tab's incident (default), some, or all; false when there is nothing to export. */
export async function downloadIncidentFile(
  which: string[] | 'all' | 'current' = 'current',
  stem = which === 'all' ? 'incidents' : 'incident',
): Promise<boolean> {
  const text = await exportIncidents(which);
  if (text === null) return false;
  downloadText(fileName(stem), text, 'application/json');
  return true;
}
