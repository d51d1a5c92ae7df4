/**
 * Older share formats are read by upgrading their parsed JSON, one version at a time, to the
 * current format's shape; only the current format has a validator. A link made years ago must
 * still open, so an entry is never removed, and a new format version adds exactly one entry
 * (from: previous, to: new) plus its dictionary in `formats.ts`.
 */

export interface Migration {
  from: number;
  to: number;
  /** Takes the parsed JSON of version `from`, returns that of `to`. May throw on a shape it cannot read. */
  migrate(doc: unknown): unknown;
}

/** The first format version that links were ever made with. */
export const firstVersion = 1;
/** The version `encodeState` writes. */
export const currentVersion = 3;

export const migrations: readonly Migration[] = [
  {
    // Version 2 only adds: a farm (`f`) and step indices 6–9. A version-1 document is a version-2
    // document as it stands, provided it does not use what version 1 never had.
    from: 1,
    to: 2,
    migrate(doc) {
      if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
        if ('f' in doc) throw new Error('unknown field "f" in a version-1 link');
        const p = (doc as { p?: unknown }).p;
        if (Array.isArray(p))
          p.forEach((item: unknown, i) => {
            if (Array.isArray(item) && typeof item[0] === 'number' && item[0] > 5)
              throw new Error(`p[${i}]: unknown step ${item[0]}`);
          });
      }
      return doc;
    },
  },
  {
    // Version 3 only adds: incident details (`d`), skipped steps (`k`) and step index 10 (verify).
    from: 2,
    to: 3,
    migrate(doc) {
      if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
        if ('d' in doc) throw new Error('unknown field "d" in a version-2 link');
        if ('k' in doc) throw new Error('unknown field "k" in a version-2 link');
        const p = (doc as { p?: unknown }).p;
        if (Array.isArray(p))
          p.forEach((item: unknown, i) => {
            if (Array.isArray(item) && typeof item[0] === 'number' && item[0] > 9)
              throw new Error(`p[${i}]: unknown step ${item[0]}`);
          });
      }
      return doc;
    },
  },
];

/**
 * Throws unless `table` leads from `first` to `current` in steps of one, in order. Run at import
 * so a missing or misnumbered migration fails every test and the app's start, not a user's link.
 */
export function assertContiguous(
  table: readonly Migration[],
  first: number,
  current: number,
): void {
  if (table.length !== current - first) {
    throw new Error(
      `share migrations: expected ${current - first} migrations from v${first} to v${current}, found ${table.length}`,
    );
  }
  table.forEach((m, i) => {
    const from = first + i;
    if (m.from !== from || m.to !== from + 1) {
      throw new Error(
        `share migrations: entry ${i} is v${m.from}→v${m.to}, expected v${from}→v${from + 1}`,
      );
    }
  });
}

assertContiguous(migrations, firstVersion, currentVersion);

/** Upgrades `doc` from version `from` to `to` through `table` (which starts at `first`). */
export function runMigrations(
  doc: unknown,
  from: number,
  to: number,
  table: readonly Migration[],
  first: number,
): unknown {
  let out = doc;
  for (let v = from; v < to; v++) {
    const m = table[v - first];
    if (!m || m.from !== v) throw new Error(`no migration from v${v}`);
    out = m.migrate(out);
  }
  return out;
}
