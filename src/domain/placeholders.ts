/**
 * Placeholders (`<member-port>`, `<server-ip>`) stand for a value no paste has told the wizard.
 * A command holding one must never reach a device by a copy button: the engineer fills it in by
 * hand. `<U+200B>` (an invisible character drawn visibly) is a pasted value, not a placeholder.
 */
const PLACEHOLDER = /<[A-Za-z][\w./:-]*>/g;

/** The distinct placeholders in `text`, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}
