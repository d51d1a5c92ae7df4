import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { Layout } from './layout';
import { StartPage } from '@/features/wizard/start-page';
import { StepPage } from '@/features/wizard/step-page';
import { NotFoundPage } from '@/features/wizard/not-found-page';
import { ErrorBoundary } from './error-boundary';

// The diagnosis and the report (with its Markdown/JSON export) are read at the end of an incident:
// load them on demand.
const DiagnosisPage = lazy(() =>
  import('@/features/wizard/diagnosis-page').then((m) => ({ default: m.DiagnosisPage })),
);
const ReportPage = lazy(() =>
  import('@/features/report/report-page').then((m) => ({ default: m.ReportPage })),
);

const IncidentsPage = lazy(() =>
  import('@/features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })),
);

// Hash routes: the single-file build works from file://, and the state rides in the fragment.
export function App() {
  return (
    <ErrorBoundary>
      <HashRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<StartPage />} />
            <Route path="step/:stepId" element={<StepPage />} />
            <Route
              path="diagnosis"
              element={
                <Suspense fallback={<p role="status">…</p>}>
                  <DiagnosisPage />
                </Suspense>
              }
            />
            <Route
              path="report"
              element={
                <Suspense fallback={<p role="status">…</p>}>
                  <ReportPage />
                </Suspense>
              }
            />
            <Route
              path="incidents"
              element={
                <Suspense fallback={<p role="status">…</p>}>
                  <IncidentsPage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </HashRouter>
    </ErrorBoundary>
  );
}
