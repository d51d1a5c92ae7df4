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

/** The first output in the paste that can be named; `empty` for a blank paste, `unknown` otherwise. */
export function detectCommand(text: string): Detection {
  const segs = scanPaste(text);
  for (const s of segs) {
    if (s.command !== 'unknown' && s.command !== 'empty') return { command: s.command, confidence: s.confidence, line: s.line };
  }
  const empty = segs.every((s) => s.command === 'empty');
  return { command: empty ? 'empty' : 'unknown', confidence: 'signature', line: null };
}
