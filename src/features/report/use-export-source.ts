/**
 * What the report page shows, prints and exports: the wizard's state without its secrets
 * (strip-secrets.ts), redacted when asked (redact.ts), and the run of exactly that state — a
 * redacted state's findings name its stand-ins, so it gets a run of its own, the way a redacted
 * share link is run by whoever opens it. Pastes without secrets, unredacted, reuse the page's run.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Run } from '@/domain/run-types';
import type { WizardState } from '@/domain/wizard-state';
import { redactState } from '@/domain/share/redact';
import { stripSecretsState } from '@/domain/share/strip-secrets';
import { runDetached } from '@/features/wizard/run-store';

export interface ExportSource {
  state: WizardState;
  run: Run;
}

type Derived = { state: WizardState; run: Run } | { state: WizardState; error: string };

export type ExportStatus =
  | { kind: 'ready'; source: ExportSource }
  | { kind: 'pending' }
  | { kind: 'failed'; reason: string };

const pending: ExportStatus = { kind: 'pending' };

export function useExportSource(wizard: WizardState, run: Run, redact: boolean): ExportStatus {
  const state = useMemo(
    () => (redact ? redactState(wizard) : stripSecretsState(wizard)),
    [wizard, redact],
  );
  const own = useMemo<ExportStatus>(
    () => ({ kind: 'ready', source: { state: wizard, run } }),
    [wizard, run],
  );
  const [derived, setDerived] = useState<Derived | null>(null);
  useEffect(() => {
    if (state === wizard) return;
    let live = true;
    runDetached(state).then(
      (r) => live && setDerived({ state, run: r }),
      (e: unknown) =>
        live && setDerived({ state, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [state, wizard]);

  if (state === wizard) return own;
  if (derived === null || derived.state !== state) return pending;
  return 'run' in derived
    ? { kind: 'ready', source: derived }
    : { kind: 'failed', reason: derived.error };
}
