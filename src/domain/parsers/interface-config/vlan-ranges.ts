/**
 * VLAN sets as sorted, merged `[from, to]` ranges. A port permits at most 4094 VLANs, but a full
 * configuration can hold thousands of ports, so sets are kept as short range lists, not bitmaps.
 */
import { isWord, words } from './text-scan';

export type VlanRange = [number, number];

export const MIN_VLAN = 1;
export const MAX_VLAN = 4094;

/**
 * Reads a Comware VLAN list: `972 to 973 1972 to 1973`, `10 20 99`, `all`. Returns null when any
 * token is not a VLAN id, `to`, or `all`, or a range is out of 1-4094 or reversed.
 */
export function parseVlanList(text: string): VlanRange[] | null {
  const tokens = words(text);
  if (tokens.length === 0) return null;
  const out: VlanRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (isWord(t, 'all')) {
      out.push([MIN_VLAN, MAX_VLAN]);
      continue;
    }
    const from = vlanId(t);
    if (from === null) return null;
    if (isWord(tokens[i + 1] ?? '', 'to')) {
      const to = vlanId(tokens[i + 2] ?? '');
      if (to === null || to < from) return null;
      out.push([from, to]);
      i += 2;
    } else out.push([from, from]);
  }
  return normaliseRanges(out);
}

/** `1973` → 1973; null unless 1-4 digits within 1-4094. */
function vlanId(t: string): number | null {
  const len = t.length;
  if (len === 0 || len > 4) return null;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
  }
  return n >= MIN_VLAN && n <= MAX_VLAN ? n : null;
}

/** Sorts and merges overlapping or adjacent ranges. */
export function normaliseRanges(ranges: VlanRange[]): VlanRange[] {
  // Lists are usually written in order: sort (a copy) only when they are not.
  let sorted = ranges;
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i] as VlanRange)[0] < (ranges[i - 1] as VlanRange)[0]) {
      sorted = [...ranges].sort((a, b) => a[0] - b[0]);
      break;
    }
  }
  const out: VlanRange[] = [];
  for (const r of sorted) {
    const from = r[0];
    const to = r[1];
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function addRanges(set: VlanRange[], add: VlanRange[]): VlanRange[] {
  // normaliseRanges copies every range it keeps, so neither input is changed.
  return normaliseRanges(set.concat(add));
}

export function removeRanges(set: VlanRange[], remove: VlanRange[]): VlanRange[] {
  let out: VlanRange[] = set.map((r): VlanRange => [r[0], r[1]]);
  for (const [rf, rt] of remove) {
    const next: VlanRange[] = [];
    for (const [f, t] of out) {
      if (rt < f || rf > t) next.push([f, t]);
      else {
        if (f < rf) next.push([f, rf - 1]);
        if (t > rt) next.push([rt + 1, t]);
      }
    }
    out = next;
  }
  return out;
}
