/**
 * Redaction on every real capture: each keeps its line count, its interface names, its detected
 * command and what its parser finds (how many records of each kind, the same error and warning
 * codes), so whatever the engine reads from it is still there.
 */
// eslint-disable-next-line no-restricted-imports -- tests read the shared fixtures from disk
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- tests read the shared fixtures from disk
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAny } from '../../parsers/registry';
import { redactState } from '../redact';
import { sharedDir } from './fixture-states';

const dirs = ['real', 'seed-case'].map((d) => path.join(sharedDir, 'fixtures', d));
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(d, f)),
);

// `Ten-GigabitEthernet1/0/1`, `XGE1/0/1`, `Route-Aggregation1.1973`, `RAGG1`
const interfaceNames =
  /\b(?:Ten-GigabitEthernet|GigabitEthernet|Route-Aggregation|Bridge-Aggregation|Reth|FortyGigE|HundredGigE|Twenty-FiveGigE|M-GigabitEthernet|Vlan-interface|LoopBack|XGE|GE|FGE|HGE|WGE|RAGG|BAGG|RETH)\d+(?:[/:.]\d+)*\b/g;

/** What a parse found, without the values that redaction renames. */
function shape(text: string) {
  const { command, result } = parseAny(text);
  const value = result.value as Record<string, unknown> | null;
  const counts = Object.fromEntries(
    Object.entries(value ?? {})
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, (v as unknown[]).length]),
  );
  return {
    command,
    ok: result.ok,
    counts,
    errors: result.errors.map((e) => e.code),
    warnings: result.warnings.map((w) => w.code).sort(),
  };
}

describe('redaction of every real capture', () => {
  it('found the captures', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const file of files) {
    it(path.basename(file), () => {
      const text = readFileSync(file, 'utf8');
      const out = redactState({
        pastes: [{ step: 'ping', text, at: null }],
        answers: {},
        server: null,
        farm: null,
      }).pastes[0]!.text;
      expect(out.split('\n')).toHaveLength(text.split('\n').length);
      // Interface names stay, but for those inside a description (`description to SW1 XGE1/0/49`).
      const names = (t: string) =>
        t
          .split('\n')
          .flatMap((l) => (/description/i.test(l) ? [] : (l.match(interfaceNames) ?? [])));
      expect(names(out)).toEqual(names(text));
      expect(shape(out)).toEqual(shape(text));
    });
  }
});
