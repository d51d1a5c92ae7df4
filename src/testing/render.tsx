/**
 * Rendering for view tests in jsdom: a real React root under a memory router, with the UI
 * language set in the store, so components render as on the page.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import type { Lang } from '@/domain/run-types';
import { emptyState, type WizardState } from '@/domain/wizard-state';
import { useWizardStore } from '@/stores/wizard-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount: () => void;
}

export function render(
  ui: ReactNode,
  lang: Lang = 'en-US',
  wizard: WizardState = emptyState,
): Rendered {
  useWizardStore.setState({ lang, wizard, undo: [] });
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(<MemoryRouter>{ui}</MemoryRouter>));
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The accessible name of a labelled control, as far as these views build it (label text). */
export function labelText(input: HTMLInputElement): string {
  return (input.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
