/**
 * Cuts a paste holding several outputs into one piece per output, in order, so each can be parsed
 * by its own parser and filed under its own step.
 */
import type { CommandId } from '../command-ids';
import { withLineFeeds } from '../shared/normalise';
import { scanPaste, type Confidence } from './scan-paste';

export interface PasteSegment {
  command: CommandId;
  /** The segment's lines exactly as pasted (prompt and echo included), joined with `\n`. */
  text: string;
  /** 1-based line of the paste where the segment starts; line n of `text` is paste line firstLine + n - 1. */
  firstLine: number;
  /** 1-based last line of the segment in the paste. */
  lastLine: number;
  confidence: Confidence;
  /** 1-based line (in the whole paste) that named the command; null when nothing did. */
  line: number | null;
}

/** One segment per output; a paste of a single output gives one segment, a blank paste one `empty` segment. */
export function splitPaste(text: string): PasteSegment[] {
  const input = typeof text === 'string' ? text : '';
  // Each segment is cut out of the paste with LF breaks by offset: splitting the paste into lines
  // first made one string per line (20 M of them on a paste of bare line breaks).
  const lf = withLineFeeds(input);
  let line = 0;
  let at = 0;
  /** Offset in `lf` where 0-based line `target` starts (past the end: lf.length + 1). */
  const startOf = (target: number): number => {
    if (target < line) {
      line = 0;
      at = 0;
    }
    while (line < target) {
      const nl = lf.indexOf('\n', at);
      at = nl < 0 ? lf.length + 1 : nl + 1;
      line++;
    }
    return at;
  };
  return scanPaste(input).map((s) => {
    const from = startOf(s.start);
    // Up to the break before the segment's next line, without it.
    const to = startOf(s.end) - 1;
    return {
      command: s.command,
      text: to > from ? lf.slice(from, to) : '',
      firstLine: s.start + 1,
      lastLine: Math.max(s.start + 1, s.end),
      confidence: s.confidence,
      line: s.line,
    };
  });
}
