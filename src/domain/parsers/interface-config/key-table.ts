/**
 * Records by name key, as record indexes in an open-addressing table of typed arrays. A Map keyed
 * by the key strings spends a large share of a full configuration's parse on 50k interfaces
 * (hashing every new name string, reading stored key strings while probing); here a probe
 * compares numbers, and strings only where the 32-bit hashes agree.
 */
/**
 * The slot for a hash. Names differ mostly in their last characters (`...1/0/1`, `...1/0/2`), so
 * a polynomial hash's low bits fill runs of neighbouring slots, and a missed lookup (every new
 * interface) walked ~67 slots to a free one on the bench's 50k names; mixed first, ~2.
 */
function slotOf(hash: number, mask: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}

export class KeyTable {
  /** Per slot, side by side (one cache line): record index + 1 (0: empty) and the key's hash. */
  private slots = new Int32Array(2048);
  private readonly keys: string[] = [];
  /** The empty slot the last failed `find` stopped at: where `add` puts that key. */
  private free = -1;

  /** Index of the record with this key (hash from `nameKeyHash`), or -1. */
  find(key: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = slotOf(hash, mask);
    for (;;) {
      const v = slots[2 * s] as number;
      if (v === 0) {
        this.free = s;
        return -1;
      }
      if (slots[2 * s + 1] === hash && this.keys[v - 1] === key) return v - 1;
      s = (s + 1) & mask;
    }
  }

  /** Adds a key `find` has just not found; returns its index (0, 1, 2, ... in order of adding). */
  add(key: string, hash: number): number {
    const index = this.keys.length;
    this.keys.push(key);
    // At most half full, so probes stay short.
    if (this.keys.length > this.slots.length >> 2) {
      this.grow();
      this.find(key, hash);
    }
    this.slots[2 * this.free] = index + 1;
    this.slots[2 * this.free + 1] = hash;
    return index;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      const v = old[i] as number;
      if (v === 0) continue;
      const h = old[i + 1] as number;
      let s = slotOf(h, mask);
      while (slots[2 * s] !== 0) s = (s + 1) & mask;
      slots[2 * s] = v;
      slots[2 * s + 1] = h;
    }
    this.slots = slots;
  }
}
