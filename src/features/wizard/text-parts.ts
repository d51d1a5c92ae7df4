/**
 * Large paste texts go from the page to the worker in parts. Copying a 10 MB string in one
 * message blocks the sending thread for ~60 ms (~100 ms when it holds a non-Latin-1 character) and
 * the receiving one as long again; a 50 MB paste would block for half a second. Parts of 256 K
 * characters, each in a task of its own, keep every block short. Each text is sent once under a key
 * and named by that key afterwards.
 */

export const PART_CHARS = 1 << 18;

export interface TextPart {
  type: 'part';
  key: number;
  part: string;
  last: boolean;
}

export function textParts(key: number, text: string): TextPart[] {
  const out: TextPart[] = [];
  for (let at = 0; at < text.length || at === 0; at += PART_CHARS) {
    const end = Math.min(at + PART_CHARS, text.length);
    out.push({ type: 'part', key, part: text.slice(at, end), last: end >= text.length });
    if (end >= text.length) break;
  }
  return out;
}

/** Collects parts into whole texts, by key. */
export class TextAssembler {
  private readonly open = new Map<number, string[]>();
  private readonly whole = new Map<number, string>();

  add(m: TextPart): void {
    const parts = this.open.get(m.key) ?? [];
    parts.push(m.part);
    if (!m.last) {
      this.open.set(m.key, parts);
      return;
    }
    this.open.delete(m.key);
    this.whole.set(m.key, parts.length === 1 ? parts[0]! : parts.join(''));
  }

  get(key: number): string | undefined {
    return this.whole.get(key);
  }

  /**
   * Forgets every text but these. Called when a request arrives: its own parts came before it, so
   * any text still incomplete then belongs to a request the page abandoned.
   */
  keepOnly(keys: Iterable<number>): void {
    const keep = new Set(keys);
    for (const k of this.whole.keys()) if (!keep.has(k)) this.whole.delete(k);
    this.open.clear();
  }

  take(key: number): string | undefined {
    const t = this.whole.get(key);
    this.whole.delete(key);
    return t;
  }
}

/** Yields to the event loop, so the next part is sent in a task of its own. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
