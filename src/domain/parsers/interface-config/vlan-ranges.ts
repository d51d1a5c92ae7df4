/**
 * VLAN sets as sorted, merged `[from, to]` ranges. A port permits at most 4094 VLANs, but a full
 * configuration can hold thousands of ports, so sets are kept as short range lists, not bitmaps.
 */
export type VlanRange = [number, number];

export const MIN_VLAN = 1;
export const MAX_VLAN = 4094;

/**
 * Reads a Comware VLAN list: `972 to 973 1972 to 1973`, `10 20 99`, `all`. Returns null when any
 * token is not a VLAN id, `to`, or `all`, or a range is out of 1-4094 or reversed.
 */
export function parseVlanList(text: string): VlanRange[] | null {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return null;
  const out: VlanRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (t.toLowerCase() === 'all') {
      out.push([MIN_VLAN, MAX_VLAN]);
      continue;
    }
    const from = vlanId(t);
    if (from === null) return null;
    if ((tokens[i + 1] ?? '').toLowerCase() === 'to') {
      const to = vlanId(tokens[i + 2] ?? '');
      if (to === null || to < from) return null;
      out.push([from, to]);
      i += 2;
    } else out.push([from, from]);
  }
  return normaliseRanges(out);
}

function vlanId(t: string): number | null {
  // `1973`
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= MIN_VLAN && n <= MAX_VLAN ? n : null;
}

/** Sorts and merges overlapping or adjacent ranges. */
export function normaliseRanges(ranges: VlanRange[]): VlanRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: VlanRange[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function addRanges(set: VlanRange[], add: VlanRange[]): VlanRange[] {
  return normaliseRanges([...set.map((r): VlanRange => [r[0], r[1]]), ...add]);
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
