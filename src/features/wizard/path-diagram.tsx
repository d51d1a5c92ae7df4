import { lazy, Suspense } from 'react';
import type { Run } from '@/domain/run-types';

// The drawing brings its own code, which the first paint does not need: it loads after the page.
const PathDiagramView = lazy(() =>
  import('./path-diagram-view').then((m) => ({ default: m.PathDiagramView })),
);

/** The probe's path, drawn from the run (see path-diagram-view.tsx). */
export function PathDiagram(props: { run: Run; wordsOpen?: boolean }) {
  return (
    <Suspense fallback={null}>
      <PathDiagramView {...props} />
    </Suspense>
  );
}
