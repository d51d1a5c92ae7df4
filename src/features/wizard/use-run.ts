import { useMemo } from 'react';
import { runWizard } from '@/domain/graph/run-wizard';
import type { Run } from '@/domain/run-types';
import { useWizardStore } from '@/stores/wizard-store';

/** The run is derived from the state on every change; nothing derived is stored. */
export function useRun(): Run {
  const wizard = useWizardStore((s) => s.wizard);
  return useMemo(() => runWizard(wizard), [wizard]);
}
