import { createHashRouter, RouterProvider } from 'react-router';
import { Layout } from './layout';
import { StartPage } from '@/features/wizard/start-page';
import { StepPage } from '@/features/wizard/step-page';
import { DiagnosisPage } from '@/features/wizard/diagnosis-page';
import { NotFoundPage } from '@/features/wizard/not-found-page';
import { ReportPage } from '@/features/report/report-page';
import { RouteError } from './route-error';

// Hash routes: the single-file build works from file://, and the state rides in the fragment.
const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'step/:stepId', element: <StepPage /> },
      { path: 'diagnosis', element: <DiagnosisPage /> },
      { path: 'report', element: <ReportPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
