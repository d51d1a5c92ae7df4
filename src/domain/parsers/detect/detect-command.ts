/**
 * Names the command a paste is the output of, so a paste on the wrong step can say "this looks like
 * `display interface`" and offer to file it under the right one.
 */
import type { CommandId } from '../command-ids';
import { scanPaste, type Confidence } from './scan-paste';

export interface Detection {
  command: CommandId;
  /** `echo`: an echoed command line named it; `signature`: lines only that command prints. */
  confidence: Confidence;
  /** 1-based line that decided it; null for empty or unrecognised pastes. */
  line: number | null;
}

/** Enough of a paste to name it: signatures sit in the first lines, and a 10 MB paste must not be read twice. */
const HEAD_CHARS = 256 * 1024;

/**
 * The first output in the paste that can be named; `empty` for a blank paste, `unknown` otherwise.
 * Log lines never hide an output: a paste is `syslog` only when no output in it can be named (log
 * lines before the first prompt form a `syslog` segment of their own in splitPaste, and the output
 * after them is what the paste is filed as).
 */
export function detectCommand(text: string): Detection {
  const input = typeof text === 'string' ? text : '';
  if (input.length > HEAD_CHARS) {
    const cut = input.lastIndexOf('\n', HEAD_CHARS);
    const head = detectIn(input.slice(0, cut > 0 ? cut : HEAD_CHARS));
    // Only log lines in the head: an output may still follow them.
    if (head.command !== 'unknown' && head.command !== 'empty' && head.command !== 'syslog')
      return head;
  }
  return detectIn(input);
}

function detectIn(text: string): Detection {
  const segs = scanPaste(text);
  let logs: Detection | null = null;
  for (const s of segs) {
    if (s.command === 'syslog')
      logs ??= { command: s.command, confidence: s.confidence, line: s.line };
    else if (s.command !== 'unknown' && s.command !== 'empty')
      return { command: s.command, confidence: s.confidence, line: s.line };
  }
  if (logs !== null) return logs;
  const empty = segs.every((s) => s.command === 'empty');
  return { command: empty ? 'empty' : 'unknown', confidence: 'signature', line: null };
}
