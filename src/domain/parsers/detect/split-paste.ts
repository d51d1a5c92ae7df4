/**
 * Cuts a paste holding several outputs into one piece per output, in order, so each can be parsed
 * by its own parser and filed under its own step.
 */
import type { CommandId } from '../command-ids';
import { pasteLines, scanPaste, type Confidence } from './scan-paste';

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
  const lines = pasteLines(text);
  return scanPaste(text).map((s) => ({
    command: s.command,
    text: lines.slice(s.start, s.end).join('\n'),
    firstLine: s.start + 1,
    lastLine: Math.max(s.start + 1, s.end),
    confidence: s.confidence,
    line: s.line,
  }));
}
