/**
 * Single huge lines of one repeated unit, and everything that reads a paste, for the hostile-line
 * test and `scripts/hostile-lines.ts`. A regex whose cost or backtracking stack grows with the line
 * (`/^-{5,}$/` on 5.6 M dashes overflowed V8's regex stack) shows up on these as a throw or as time
 * out of proportion with the size.
 */
import { detectCommand } from '../../detect/detect-command';
import { splitPaste } from '../../detect/split-paste';
import { registeredParsers, stepForPaste } from '../../registry';

export interface HostileUnit {
  name: string;
  unit: string;
}

export const hostileUnits: readonly HostileUnit[] = [
  { name: 'dashes', unit: '-' },
  { name: 'spaces', unit: ' ' },
  { name: 'letters', unit: 'a' },
  { name: 'digits', unit: '1' },
  { name: 'equals', unit: '=' },
  { name: 'stars', unit: '*' },
  { name: 'pipes', unit: '|' },
  { name: 'slashes', unit: '/' },
  { name: 'colons', unit: ':' },
  { name: 'dots', unit: '.' },
  { name: 'tabs', unit: '\t' },
  { name: 'cjk', unit: '中' },
  { name: 'cr-only', unit: '\r' },
  { name: 'control', unit: '\u0000\u0001\u0007\u001f\u007f' },
  { name: 'punctuation', unit: '-=*|/:.,;{}[]()<>#%' },
  { name: 'brackets', unit: '[<{' },
  { name: 'dash-space', unit: '- ' },
  { name: 'invisible', unit: '\u200b' },
  { name: 'token', unit: 'XGE1/1/1 ' },
];

/** One line of `chars` UTF-16 units (for every unit but CJK, that many bytes) of `unit` repeated. */
export function hostileLine(unit: string, chars: number): string {
  const line = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  // `repeat` builds a rope; the first search flattens it. Done here, so the first reader timed is
  // not billed for it.
  if (line.includes('\u{10ffff}')) throw new Error('unreachable');
  return line;
}

export interface HostileTarget {
  name: string;
  run: (text: string) => unknown;
}

/** Every parser in the registry (called directly, so a throw is seen), detection and splitting. */
export function hostileTargets(): HostileTarget[] {
  return [
    ...registeredParsers().map((p) => ({ name: p.name, run: p.parse })),
    { name: 'detectCommand', run: detectCommand },
    { name: 'splitPaste', run: splitPaste },
    { name: 'stepForPaste', run: stepForPaste },
  ];
}
