import { Visible } from './visible-text';

/**
 * Domain texts mark commands and values with backticks (as in Markdown), because the same text goes
 * to the Markdown report. Here they become <code>, and nothing else is interpreted: pasted text
 * never becomes HTML.
 */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/(`[^`\n]+`)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.length > 2 && p.startsWith('`') && p.endsWith('`') ? (
          <code
            key={i}
            className="rounded bg-slate-200 px-1 font-mono text-[0.9em] dark:bg-slate-700"
          >
            <Visible text={p.slice(1, -1)} />
          </code>
        ) : (
          <Visible key={i} text={p} />
        ),
      )}
    </>
  );
}
