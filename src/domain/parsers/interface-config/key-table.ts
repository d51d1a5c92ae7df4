/**
 * Records by name key, as record indexes in an open-addressing table of typed arrays. A Map keyed
 * by the key strings spends a large share of a full configuration's parse on 50k interfaces
 * (hashing every new name string, reading stored key strings while probing); here a probe
 * compares numbers, and strings only where the 32-bit hashes agree.
 */
export class KeyTable {
  /** Record index + 1 per slot; 0 is empty. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private readonly keys: string[] = [];
  /** The empty slot the last failed `find` stopped at: where `add` puts that key. */
  private free = -1;

  /** Index of the record with this key (hash from `nameKeyHash`), or -1. */
  find(key: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = hash & mask;
    for (;;) {
      const v = slots[s] as number;
      if (v === 0) {
        this.free = s;
        return -1;
      }
      if (this.hashes[s] === hash && this.keys[v - 1] === key) return v - 1;
      s = (s + 1) & mask;
    }
  }

  /** Adds a key `find` has just not found; returns its index (0, 1, 2, ... in order of adding). */
  add(key: string, hash: number): number {
    const index = this.keys.length;
    this.keys.push(key);
    // At most half full, so probes stay short.
    if (this.keys.length * 2 > this.slots.length) {
      this.grow();
      this.find(key, hash);
    }
    this.slots[this.free] = index + 1;
    this.hashes[this.free] = hash;
    return index;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const slots = new Int32Array(oldSlots.length * 2);
    const hashes = new Int32Array(oldSlots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      const v = oldSlots[i] as number;
      if (v === 0) continue;
      const h = oldHashes[i] as number;
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = v;
      hashes[s] = h;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}
