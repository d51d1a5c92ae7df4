/**
 * VLAN sets as sorted, merged `[from, to]` ranges. A port permits at most 4094 VLANs, but a full
 * configuration can hold thousands of ports, so sets are kept as short range lists, not bitmaps.
 */
import { isWhiteSpace, isWordAt, skipWhiteSpace } from '../shared/fast-text';

export type VlanRange = [number, number];

export const MIN_VLAN = 1;
export const MAX_VLAN = 4094;

/**
 * Reads a Comware VLAN list: `972 to 973 1972 to 1973`, `10 20 99`, `all`. Returns null when any
 * token is not a VLAN id, `to`, or `all`, or a range is out of 1-4094 or reversed.
 * Tokens are read in place (the words of `text.trim().split(/\s+/)`) without cutting them out:
 * a full configuration has tens of thousands of these lines.
 */
export function parseVlanList(text: string): VlanRange[] | null {
  return parseVlanListAt(text, 0, text.length);
}

/** `parseVlanList(text.slice(from, to))` without the slice. */
export function parseVlanListAt(text: string, from: number, to: number): VlanRange[] | null {
  const n = to;
  let i = skipWhiteSpace(text, from, n);
  if (i === n) return null;
  // A huge earlier list is not kept alive by the scratch array.
  if (scratch.length > MAX_SCRATCH) scratch = [];
  // Ranges are gathered in a reused array and handed out as an exactly sized copy: most lists
  // have one or two ranges, and a pushed-to array keeps room for 17 in every record.
  const out = scratch;
  let count = 0;
  while (i < n) {
    const end = wordEnd(text, i, n);
    if (isWordAt(text, i, end, 'all')) {
      out[count++] = [MIN_VLAN, MAX_VLAN];
      i = skipWhiteSpace(text, end, n);
      continue;
    }
    const from = vlanId(text, i, end);
    if (from === null) return null;
    const next = skipWhiteSpace(text, end, n);
    const nextEnd = wordEnd(text, next, n);
    if (isWordAt(text, next, nextEnd, 'to')) {
      const last = skipWhiteSpace(text, nextEnd, n);
      const lastEnd = wordEnd(text, last, n);
      const to = vlanId(text, last, lastEnd);
      if (to === null || to < from) return null;
      out[count++] = [from, to];
      i = skipWhiteSpace(text, lastEnd, n);
    } else {
      out[count++] = [from, from];
      i = next;
    }
  }
  return mergeOwnedRanges(takeRanges(out, count));
}

/**
 * `out.slice(0, count)`; the usual one or two ranges as literals, which V8 learns to allocate
 * with long-lived objects (they end up in the records), sparing the young-generation copying.
 */
function takeRanges(out: VlanRange[], count: number): VlanRange[] {
  if (count === 1) return [out[0] as VlanRange];
  if (count === 2) return [out[0] as VlanRange, out[1] as VlanRange];
  return out.slice(0, count);
}

let scratch: VlanRange[] = [];
const MAX_SCRATCH = 256;

function wordEnd(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `1973` in `s[from, to)` → 1973; null unless 1-4 digits within 1-4094. */
function vlanId(s: string, from: number, to: number): number | null {
  const len = to - from;
  if (len === 0 || len > 4) return null;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
  }
  return n >= MIN_VLAN && n <= MAX_VLAN ? n : null;
}

/**
 * Sorts and merges overlapping or adjacent ranges of a list the caller owns outright (ranges and
 * array), in place instead of copying every range, and returns it.
 */
export function mergeOwnedRanges(ranges: VlanRange[]): VlanRange[] {
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i] as VlanRange)[0] < (ranges[i - 1] as VlanRange)[0]) {
      ranges.sort((a, b) => a[0] - b[0]);
      break;
    }
  }
  let w = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as VlanRange;
    const last = w > 0 ? (ranges[w - 1] as VlanRange) : undefined;
    if (last !== undefined && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else ranges[w++] = r;
  }
  // Setting the length is a runtime call even when it does not change.
  if (w < ranges.length) ranges.length = w;
  return ranges;
}

/**
 * `mergeOwnedRanges(set.concat(add))` for a merged `set` and a merged `add`, both owned by the
 * caller (either may be returned or changed). A permit line usually adds to an empty set or
 * after its last range, and then nothing needs sorting or copying.
 */
export function addOwnedRanges(set: VlanRange[], add: VlanRange[]): VlanRange[] {
  if (set.length === 0) return add;
  const first = add[0];
  if (first === undefined) return set;
  if (first[0] > (set[set.length - 1] as VlanRange)[1] + 1) {
    for (const r of add) set.push(r);
    return set;
  }
  return mergeOwnedRanges(set.concat(add));
}

/**
 * The VLANs of a merged `set` without those of `remove`, for a set the caller owns: ranges left
 * whole are kept as they are instead of copied. The usual `undo ... vlan 1` on the default
 * `[[1, 1]]` just empties it.
 */
export function removeOwnedRanges(set: VlanRange[], remove: VlanRange[]): VlanRange[] {
  let out = set;
  for (const [rf, rt] of remove) {
    let next: VlanRange[] | null = null;
    for (let i = 0; i < out.length; i++) {
      const r = out[i] as VlanRange;
      const f = r[0];
      const t = r[1];
      if (rt < f || rf > t) {
        if (next !== null) next.push(r);
        continue;
      }
      // The first range this removal touches: copy the untouched ones before it.
      if (next === null) next = out.slice(0, i);
      if (f < rf) next.push([f, rf - 1]);
      if (t > rt) next.push([rt + 1, t]);
    }
    if (next !== null) out = next;
  }
  return out;
}
