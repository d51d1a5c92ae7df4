/**
 * A block's `fieldLines`, gathered while the block is read and made into one object when it ends.
 * On a 10 MB table, objects grown key by key (each with a property array that is reallocated as it
 * grows) were a large share of what the garbage collector had to copy; an object literal with every
 * key is one compact allocation. The result is the same object the key-by-key code made: the same
 * keys, in the order each was first set, each with the last line set for it.
 * A plain object, not a class instance: its shape then lives as long as the code does, and
 * optimised code that relies on it is not thrown away when one parse's drafts are collected.
 */
import type { FieldLines } from '../shared/parse-result';

export interface LineDraft {
  readonly keys: readonly string[];
  /**
   * The object as one literal when keys `first`..`next`-1 were all set, in index order, and no
   * other; null when there is no literal for that set (the object is then built key by key).
   */
  readonly literal: (lines: readonly number[], next: number) => FieldLines | null;
  /** Line per key index; 0 = not set (line numbers start at 1). */
  readonly lines: number[];
  /** Key indexes in the order they were first set. */
  readonly order: number[];
  count: number;
  /** While keys are first set in index order without gaps: the index expected next; else -1. */
  next: number;
}

export function lineDraft(
  keys: readonly string[],
  literal: (lines: readonly number[], next: number) => FieldLines | null,
): LineDraft {
  return {
    keys,
    literal,
    lines: keys.map(() => 0),
    order: keys.map(() => 0),
    count: 0,
    next: 0,
  };
}

/** Empties the draft for a new block whose keys start at index `first` in the usual order. */
export function resetDraft(d: LineDraft, first: number): void {
  for (let i = 0; i < d.count; i++) d.lines[d.order[i] as number] = 0;
  d.count = 0;
  d.next = first;
}

export function setLine(d: LineDraft, key: number, no: number): void {
  if (d.lines[key] === 0) {
    d.order[d.count++] = key;
    d.next = key === d.next ? key + 1 : -1;
  }
  d.lines[key] = no;
}

export function buildLines(d: LineDraft): FieldLines {
  const whole = d.next < 0 ? null : d.literal(d.lines, d.next);
  if (whole !== null) return whole;
  const fl: FieldLines = {};
  for (let i = 0; i < d.count; i++) {
    const k = d.order[i] as number;
    fl[d.keys[k] as string] = d.lines[k];
  }
  return fl;
}
