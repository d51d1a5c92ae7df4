// A bare Vite + React + React Router page, built the same way as the app, to compare bundle sizes.
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';

const router = createHashRouter([{ path: '/', element: <p>Hello</p> }]);
const root = document.getElementById('root');
if (root) createRoot(root).render(<RouterProvider router={router} />);
