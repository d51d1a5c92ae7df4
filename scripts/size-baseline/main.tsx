// A bare Vite + React + React Router page (hash routes, as the app uses them), built the same way as
// the app, to compare bundle sizes.
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <HashRouter>
      <Routes>
        <Route path="/" element={<p>Hello</p>} />
      </Routes>
    </HashRouter>,
  );
