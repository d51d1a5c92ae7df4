/**
 * The one shape every parser returns. Parsers never throw: anything they could not read becomes an
 * error (nothing usable) or a warning (this line was not understood), each with the 1-based line of
 * the paste it concerns so the UI can point at it.
 */
export interface ParseIssue {
  /** Stable, kebab-case code, e.g. `unrecognised-line`, `truncated-block`, `empty-input`. */
  code: string;
  message: string;
  /** 1-based line in the text the user pasted; null when the issue concerns the whole paste. */
  line: number | null;
}

export interface ParseResult<T> {
  ok: boolean;
  /** Present whenever anything usable was read, even when `ok` is false. */
  value: T | null;
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

/**
 * Messages quote the line they are about; a line of megabytes would make a message of megabytes
 * (a page rendering it, a CLI printing it). Longer messages keep their head and tail, where the
 * quote starts and the explanation ends.
 */
const MESSAGE_MAX = 2000;
const KEEP_HEAD = 1200;
const KEEP_TAIL = 600;

export function issue(code: string, message: string, line: number | null = null): ParseIssue {
  return { code, message: shortMessage(message), line };
}

/** `message`, or its head and tail with how much was left out between them. */
export function shortMessage(message: string): string {
  if (message.length <= MESSAGE_MAX) return message;
  const cut = message.length - KEEP_HEAD - KEEP_TAIL;
  return `${message.slice(0, KEEP_HEAD)} … [${cut} characters left out] … ${message.slice(-KEEP_TAIL)}`;
}

/** Builds a result: ok when there are no errors and a value exists. */
export function result<T>(
  value: T | null,
  errors: ParseIssue[],
  warnings: ParseIssue[],
): ParseResult<T> {
  return { ok: errors.length === 0 && value !== null, value, errors, warnings };
}

/** Field name → 1-based line it was read from, so findings can cite any field. */
export type FieldLines<K extends string = string> = Partial<Record<K, number>>;
