/**
 * Pasted names may carry characters that do not show: zero-width ones, a soft hyphen, or bidi
 * controls. U+202E (right-to-left override) in a farm name reorders everything after it on screen,
 * so `ping 10.1.1.5` could display as another command. Such characters are drawn as a visible mark
 * (`<U+202E>`), text with right-to-left letters is isolated in <bdi>, and copied text carries the
 * mark too, so nothing invisible reaches a terminal.
 */

// Bidi controls and marks, zero-width and other format characters that draw nothing.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
// Hebrew, Arabic, Syriac, Thaana, NKo ... and their presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every invisible character written out as `<U+XXXX>`. */
export function markInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, (c) => `<${code(c)}>`) : text;
}

export function Visible({ text }: { text: string }) {
  const hasInvisible = INVISIBLE.test(text);
  if (!hasInvisible && !RTL.test(text)) return <>{text}</>;
  if (!hasInvisible) return <bdi>{text}</bdi>;
  const parts = text.split(new RegExp(`(${INVISIBLE.source})`, 'g'));
  return (
    <bdi>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <span
            key={i}
            className="rounded border border-current px-0.5 text-[0.8em] text-red-800 dark:text-red-300"
            title={code(p)}
          >
            {`<${code(p)}>`}
          </span>
        ) : (
          p
        ),
      )}
    </bdi>
  );
}
