import { hasInvisibles, showInvisibles } from '@/domain/report/invisible';

/**
 * Pasted names may carry characters that do not show: zero-width ones, a soft hyphen, or bidi
 * controls. U+202E (right-to-left override) in a farm name reorders everything after it on screen,
 * so `ping 10.1.1.5` could display as another command. Such characters are drawn as a visible mark
 * (`<U+202E>`), text with right-to-left letters is isolated in <bdi>, and copied text carries the
 * mark too, so nothing invisible reaches a terminal.
 */

// Hebrew, Arabic, Syriac, Thaana, NKo ... and their presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/** The text with every invisible character written out as `<U+XXXX>` (one rule with the report). */
export function markInvisible(text: string): string {
  return hasInvisibles(text) ? showInvisibles(text) : text;
}

export function Visible({ text }: { text: string }) {
  const hasInvisible = hasInvisibles(text);
  if (!hasInvisible && !RTL.test(text)) return <>{text}</>;
  if (!hasInvisible) return <bdi>{text}</bdi>;
  // Split around each mark the shared rule writes, and draw the marks apart from the text.
  const parts = showInvisibles(text).split(/(<U\+[0-9A-F]{4,6}>)/);
  return (
    <bdi>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <span
            key={i}
            className="rounded border border-current px-0.5 text-[0.8em] text-red-800 dark:text-red-300"
          >
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </bdi>
  );
}
