/**
 * `#/incidents`: every incident this browser keeps. Open, rename, export and delete (with undo);
 * import a file; choose to keep nothing on this computer.
 */
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { readIncidentFile } from '@/domain/incidents/incident-file';
import { useT } from '@/i18n/use-t';
import { useWizardStore } from '@/stores/wizard-store';
import { getLibrary, openIncident, subscribeLibrary, titleOf } from '@/stores/incident-session';
import {
  deleteIncident,
  importIncidents,
  renameIncident,
  setKeepNothing,
} from '@/stores/incident-library-actions';
import { downloadIncidentFile } from '@/stores/incident-file-download';
import type { LibraryEntry } from '@/stores/incident-session';
import { Visible } from '@/components/visible-text';

const importProblems = {
  'not-json': 'import_notJson',
  'not-incident-file': 'import_notIncidentFile',
  'newer-version': 'import_newerVersion',
} as const;

function IncidentEntry({ incident, current }: { incident: LibraryEntry; current: boolean }) {
  const t = useT();
  const lang = useWizardStore((s) => s.lang);
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(incident.title ?? '');
  const headingId = useId();
  const title = titleOf(incident, lang);
  const diagnosis = incident.summary.diagnosis?.title[lang] ?? t('incidentNoDiagnosis');

  return (
    <li
      data-incident={incident.id}
      aria-labelledby={headingId}
      aria-current={current ? 'true' : undefined}
      className={`card space-y-2 ${current ? 'border-2 border-sky-700 dark:border-sky-400' : ''}`}
    >
      <h2 id={headingId} className="m-0 text-lg">
        <Visible text={title} />
        {current && (
          <span className="ml-2 text-sm font-normal text-muted">({t('incidentCurrent')})</span>
        )}
      </h2>
      {incident.unsaved && (
        <p className="m-0 font-medium text-red-800 dark:text-red-300">{t('incidentUnsaved')}</p>
      )}
      <p className="m-0 text-sm text-muted">
        {t('incidentUpdated', { time: new Date(incident.updated).toLocaleString(lang) })} ·{' '}
        {t('incidentPastes', { count: incident.summary.pastes })} · {diagnosis}
      </p>
      {renaming ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void renameIncident(incident.id, draft).then(() => setRenaming(false));
          }}
        >
          <label className="flex flex-col text-sm">
            <span>{t('incidentTitleLabel')}</span>
            <input
              autoFocus
              value={draft}
              maxLength={200}
              onChange={(e) => setDraft(e.target.value)}
              aria-describedby={`${headingId}-help`}
              className="rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-800"
            />
          </label>
          <button type="submit" className="btn btn-primary">
            {t('incidentSave')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
          <p id={`${headingId}-help`} className="m-0 w-full text-sm text-muted">
            {t('incidentTitleHelp')}
          </p>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-primary"
            aria-describedby={headingId}
            onClick={() =>
              void openIncident(incident.id).then((ok) => ok && navigate('/', { replace: false }))
            }
          >
            {t('incidentOpen')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-describedby={headingId}
            onClick={() => {
              setDraft(incident.title ?? '');
              setRenaming(true);
            }}
          >
            {t('incidentRename')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-describedby={headingId}
            onClick={() => void downloadIncidentFile([incident.id], title)}
          >
            {t('incidentExport')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            aria-describedby={headingId}
            onClick={() => void deleteIncident(incident.id)}
          >
            {t('incidentDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function IncidentsPage() {
  const t = useT();
  const incidents = useSyncExternalStore(subscribeLibrary, getLibrary);
  const currentId = useWizardStore((s) => s.incidentId);
  const keepNothing = useWizardStore((s) => s.keepNothing);
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  return (
    <div className="space-y-4">
      <h1>{t('incidentsTitle')}</h1>
      <p className="m-0">{keepNothing ? t('keepNothingOn') : t('incidentsIntro')}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={incidents.length === 0}
          onClick={() => void downloadIncidentFile('all')}
        >
          {t('incidentsExportAll')}
        </button>
        <label className="btn btn-secondary cursor-pointer focus-within:ring-2 focus-within:ring-sky-600">
          {t('incidentsImport')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              const read = readIncidentFile(await file.text());
              if (!read.ok) {
                setStatus(t(importProblems[read.message as keyof typeof importProblems]));
                return;
              }
              const done = await importIncidents(read.incidents);
              const parts = [
                done.failed
                  ? t('importStopped', { added: done.added })
                  : t('importDone', { added: done.added, existing: done.existing }),
              ];
              if (read.skipped) parts.push(t('importSkipped', { count: read.skipped }));
              setStatus(parts.join(' '));
            }}
          />
        </label>
        {keepNothing ? (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void setKeepNothing(false)}
          >
            {t('keepAgainButton')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-secondary"
            aria-describedby="keep-nothing-help"
            onClick={() => void setKeepNothing(true)}
          >
            {t('keepNothingButton')}
          </button>
        )}
      </div>
      {!keepNothing && (
        <p id="keep-nothing-help" className="m-0 text-sm text-muted">
          {t('keepNothingHelp')}
        </p>
      )}
      <p role="status" aria-live="polite" className="m-0">
        {status}
      </p>
      {incidents.length === 0 ? (
        <p className="m-0">{t('incidentsEmpty')}</p>
      ) : (
        <ul className="m-0 list-none space-y-3 p-0">
          {incidents.map((i) => (
            <IncidentEntry key={i.id} incident={i} current={i.id === currentId} />
          ))}
        </ul>
      )}
    </div>
  );
}
