import { useId, useState } from 'react';
import { formatTime } from '@/domain/report/report-model';
import { incidentFacts } from '@/domain/report/incident';
import type { Run } from '@/domain/run-types';
import { detailFields, maxDetailChars, type DetailField } from '@/domain/wizard-state';
import { setDetail, useWizardStore } from '@/stores/wizard-store';
import { useT } from '@/i18n/use-t';

/**
 * The incident details for the ticket, all optional. Each field is saved when it loses the focus
 * (not on every key: the whole state is re-derived and re-linked on each change). Start and end
 * show what the report takes when they are left empty.
 */
export function DetailsForm({ run }: { run: Run }) {
  const t = useT();
  const wizard = useWizardStore((s) => s.wizard);
  const hintId = useId();
  const facts = incidentFacts(wizard, run);
  const offset = -new Date().getTimezoneOffset();
  const time = (at: number | null) => (at === null ? t('detailNoTime') : formatTime(at, offset));
  const placeholder: Partial<Record<DetailField, string>> = {
    start: t('detailStartPlaceholder', { time: time(facts.start) }),
    end: t('detailEndPlaceholder', { time: time(facts.end) }),
  };
  return (
    <section
      aria-labelledby="details-heading"
      className="card no-print space-y-2"
      data-details-form
    >
      <h2 id="details-heading" className="m-0">
        {t('detailsTitle')}
      </h2>
      <p id={hintId} className="m-0 text-sm text-muted">
        {t('detailsHint')}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {detailFields.map((f) => (
          <DetailInput
            key={`${f}:${wizard.details?.[f] ?? ''}`}
            field={f}
            value={wizard.details?.[f] ?? ''}
            placeholder={placeholder[f]}
            describedBy={hintId}
          />
        ))}
      </div>
      {facts.devices.length > 0 && (
        <p className="m-0 text-sm">
          {t('detailsDevices')}: <code>{facts.devices.map((d) => d.name).join(', ')}</code>
        </p>
      )}
    </section>
  );
}

function DetailInput({
  field,
  value,
  placeholder,
  describedBy,
}: {
  field: DetailField;
  value: string;
  placeholder: string | undefined;
  describedBy: string;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) setDetail(field, draft);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t(`detail_${field}`)}
      </label>
      <input
        id={id}
        name={field}
        type="text"
        className="w-full rounded-md border border-slate-400 bg-white p-1.5 dark:border-slate-500 dark:bg-slate-950"
        value={draft}
        maxLength={maxDetailChars}
        placeholder={placeholder}
        aria-describedby={describedBy}
        data-detail={field}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
