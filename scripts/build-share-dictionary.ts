/**
 * Builds the preset deflate dictionary of share format v1 (`src/domain/share/dictionary-v1.ts`)
 * from the real device outputs in shared/fixtures/real/ — never from the seed incident, which is
 * the case the dictionary is measured on (share-size.test.ts).
 *
 *   npx tsx scripts/build-share-dictionary.ts           print statistics, write only if absent
 *   npx tsx scripts/build-share-dictionary.ts --force   overwrite (only before v1 links exist!)
 *
 * The dictionary is part of format v1: links made with it can only be read with the very same
 * bytes, so once committed it must never change. An improved dictionary is a new format version.
 *
 * The payload compresses JSON, so every output is JSON-escaped first (a newline is the two
 * characters `\n`). Deflate codes near distances in fewer bits, so what matters most goes last.
 * The dictionary is, front to back:
 *
 * 1. Whole real outputs, grouped by the wizard step whose command they are, the first step
 *    (`display server-farm`) nearest the end and outputs no step asks for furthest away. Whole
 *    outputs keep line sequences (a session's Initiator/Responder block, a ping run), which
 *    deflate matches in long runs; measured on the seed case this beat picking substrings alone
 *    (~900 vs ~1,050 characters). The front is cut to keep the whole under 32 KB (deflate's window).
 * 2. The most frequent Comware substrings (`Inbound interface: `, `packet(s) transmitted`,
 *    `link-aggregation mode dynamic`, …), about 1 KB, most frequent last. Candidates are the
 *    substrings that start and end at a token boundary, up to 96 characters, occurring at least
 *    twice; each is scored by the square of how often it recurs (see `uses`: short labels that
 *    recur everywhere beat long lines seen twice) times the bytes a match saves.
 *    Greedy selection skips pieces already inside a chosen one.
 * 3. The v1 wire JSON around each paste (`"],[1,"`), which every link has.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const realDir = path.join(shared, 'fixtures', 'real');
const formatsDoc = path.join(shared, 'domain', 'FORMATS.md');
const outFile = path.join(repoRoot, 'src', 'domain', 'share', 'dictionary-v1.ts');

/** Deflate's window: bytes of dictionary beyond it are never referenced. */
const budgetBytes = 32 * 1024;
/** Bytes of part 2 (frequent substrings, vocabulary, wire JSON). */
const frequentBudgetBytes = 1024;

/**
 * Fixture name prefixes by wizard step, the furthest from the data first: outputs no step takes,
 * then peer-config (configuration), lag, reth, session, ping, farm-status.
 */
const stepGroups: string[][] = [
  [],
  ['current-configuration'],
  ['link-aggregation-member-port', 'link-aggregation-summary'],
  ['link-aggregation-verbose'],
  ['reth-interface', 'redundancy-group', 'interface-reth'],
  ['session-table'],
  ['ping'],
  ['real-server', 'server-farm'],
];

function stepRank(fileName: string): number {
  for (let i = stepGroups.length - 1; i > 0; i--) {
    if (stepGroups[i]!.some((prefix) => fileName.startsWith(prefix))) return i;
  }
  return 0;
}
const maxCandidateLength = 96;
const minCandidateLength = 4;

/**
 * Words of Comware output that the real fixtures lack but the documented formats name (each is
 * checked against FORMATS.md below, so none is invented): the state values and labels of the
 * outputs the wizard asks for. Only words and labels, never whole lines of an incident.
 */
const documentedVocabulary = [
  'Probe-failed',
  'Request time out',
  'TCP_SYN_SENT',
  'member interface ',
];

/** Fragments of the v1 wire JSON around each paste (see wire-v1.ts): most frequent of all. */
const wireScaffolding = [
  '{"p":[[0,"',
  '"],[1,"',
  '"],[2,"',
  '"],[3,"',
  '"],[4,"',
  '"],[5,"',
  '"]]}',
];

/**
 * How likely a piece is to recur in an unseen paste: each file holding it counts fully, repeats
 * within a file (a second farm, a second member port) count half, since one capture repeating
 * itself says less about other captures.
 */
function uses(files: number, occurrences: number): number {
  return files + (occurrences - files) / 2;
}

/**
 * Bytes a match on `c` saves beyond what deflate gets without a dictionary: a run of one
 * character (a `-----` ruler) compresses to a few bytes on its own, so it counts as three.
 */
function savedBytes(c: string): number {
  return Buffer.byteLength(c.replace(/(.)\1{3,}/g, '$1$1$1'));
}

function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

function isBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const a = s[i - 1]!;
  const b = s[i]!;
  const word = /[A-Za-z0-9_]/;
  return word.test(a) !== word.test(b);
}

function build(): { dictionary: string; files: number; picked: number } {
  const names = readdirSync(realDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = names.map((f) =>
    jsonEscaped(readFileSync(path.join(realDir, f), 'utf8').replace(/\r\n/g, '\n')),
  );

  // Candidate -> the files it occurs in, and how often in all.
  const fileSets = new Map<string, Set<number>>();
  const occurrences = new Map<string, number>();
  texts.forEach((s, fileIndex) => {
    for (let start = 0; start < s.length; start++) {
      if (!isBoundary(s, start)) continue;
      const limit = Math.min(s.length, start + maxCandidateLength);
      for (let end = start + minCandidateLength; end <= limit; end++) {
        if (!isBoundary(s, end)) continue;
        const c = s.slice(start, end);
        if (c.trim().length === 0) continue;
        let set = fileSets.get(c);
        if (!set) fileSets.set(c, (set = new Set()));
        set.add(fileIndex);
        occurrences.set(c, (occurrences.get(c) ?? 0) + 1);
      }
    }
  });

  const scored = [...fileSets]
    .filter(([c]) => (occurrences.get(c) ?? 0) >= 2)
    .map(([c, files]) => ({
      c,
      score: uses(files.size, occurrences.get(c) ?? 0) ** 2 * (savedBytes(c) - 3),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));

  const formats = readFileSync(formatsDoc, 'utf8');
  for (const word of documentedVocabulary) {
    if (!formats.includes(word.trim()))
      throw new Error(`"${word}" is not in FORMATS.md: vocabulary must be documented`);
  }

  const tail = [...documentedVocabulary, ...wireScaffolding].reduce(
    (n, w) => n + Buffer.byteLength(w),
    0,
  );
  const chosen: { c: string; score: number }[] = [];
  let used = tail;
  for (const x of scored) {
    if (chosen.some((y) => y.c.includes(x.c))) continue;
    // A piece that contains chosen ones replaces them (they stay available inside it).
    const inside = chosen.filter((y) => x.c.includes(y.c));
    const bytes = Buffer.byteLength(x.c) - inside.reduce((n, y) => n + Buffer.byteLength(y.c), 0);
    if (used + bytes > frequentBudgetBytes) continue;
    for (const y of inside) chosen.splice(chosen.indexOf(y), 1);
    chosen.push({ c: x.c, score: Math.max(x.score, ...inside.map((y) => y.score)) });
    used += bytes;
  }
  // Least valuable first, most valuable last (nearest the data, cheapest distances).
  chosen.sort((a, b) => a.score - b.score || (a.c < b.c ? -1 : 1));
  const frequent =
    documentedVocabulary.join('') + chosen.map((x) => x.c).join('') + wireScaffolding.join('');

  // Whole outputs, by step, the first step last; within a group by name (deterministic).
  const ordered = names
    .map((name, i) => ({ name, text: texts[i]!, rank: stepRank(name) }))
    .sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));
  let room = budgetBytes - Buffer.byteLength(frequent);
  const kept: string[] = [];
  for (let i = ordered.length - 1; i >= 0 && room > 0; i--) {
    const text = ordered[i]!.text;
    if (Buffer.byteLength(text) <= room) {
      kept.unshift(text);
      room -= Buffer.byteLength(text);
    } else {
      // Keep the end of the file that does not fit, from a line start, within the room left.
      const lines = text.split('\\n');
      let part = '';
      for (let j = lines.length - 1; j >= 0; j--) {
        const next = lines[j] + (part === '' ? '' : '\\n') + part;
        if (Buffer.byteLength(next) > room) break;
        part = next;
      }
      kept.unshift(part);
      room = 0;
    }
  }
  const dictionary = kept.join('') + frequent;
  if (Buffer.byteLength(dictionary) > budgetBytes) throw new Error('dictionary over budget');
  return { dictionary, files: names.length, picked: chosen.length };
}

function moduleText(dictionary: string, files: number): string {
  return `/**
 * Preset deflate dictionary of share format v1, generated by scripts/build-share-dictionary.ts
 * from ${files} real outputs in shared/fixtures/real/ (not the seed incident).
 *
 * FROZEN: every v1 link was compressed against exactly these bytes. Never edit or regenerate
 * this file; a better dictionary belongs to a new format version (dictionary-v2.ts + migration).
 */
export const dictionaryV1 =
  ${JSON.stringify(dictionary)};
`;
}

const { dictionary, files, picked } = build();
console.log(
  `whole outputs + ${picked} frequent pieces, ${Buffer.byteLength(dictionary)} bytes; the last 300 characters:`,
);
console.log(dictionary.slice(-300));

if (existsSync(outFile) && !process.argv.includes('--force')) {
  const current = readFileSync(outFile, 'utf8');
  console.log(
    current === moduleText(dictionary, files)
      ? 'dictionary-v1.ts is up to date'
      : 'dictionary-v1.ts exists and differs: NOT written (it is frozen; --force only before v1 ships)',
  );
} else {
  writeFileSync(outFile, moduleText(dictionary, files));
  console.log(`wrote ${path.relative(repoRoot, outFile)}`);
}
