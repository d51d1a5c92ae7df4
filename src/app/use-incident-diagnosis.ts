import { useEffect } from 'react';
import { useRunStore } from '@/features/wizard/run-store';
import { library } from '@/stores/incidents';

/** Tells the library the run's diagnosis, so the incident's default title can name it. */
export function useIncidentDiagnosis(): void {
  const run = useRunStore((s) => (s.pending ? null : s.run));
  const diagnosis = run?.diagnosis ?? null;
  useEffect(() => {
    if (!run) return;
    const noted = diagnosis ? { id: diagnosis.id, title: diagnosis.title } : null;
    void library().then((m) => m.noteDiagnosis(noted));
  }, [run, diagnosis]);
}
