/**
 * `known.includes(value.toLowerCase())` without a lower-case copy per status cell (tables of many
 * Reths and groups print one or more status words per row). ASCII folding gives the same answer for
 * these words: no other character lower-cases to one of their ASCII letters (only the Kelvin sign
 * becomes `k`, which none of them holds).
 */
export function isKnownValue(known: readonly string[], value: string): boolean {
  for (const k of known) {
    if (k.length !== value.length) continue;
    let i = 0;
    while (i < k.length) {
      const c = value.charCodeAt(i);
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if (lower !== k.charCodeAt(i)) break;
      i++;
    }
    if (i === k.length) return true;
  }
  return false;
}
