import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputTooLarge, readLimited } from '../read-input';

const tmp = mkdtempSync(path.join(tmpdir(), 'slb-read-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readLimited', () => {
  it('reads a file of exactly the limit, as UTF-8', () => {
    const file = path.join(tmp, 'at-limit.txt');
    writeFileSync(file, 'é'.repeat(500)); // 1000 bytes
    expect(readLimited(file, 1000)).toBe('é'.repeat(500));
  });

  it('refuses a file one byte over the limit from its size, naming both', () => {
    const file = path.join(tmp, 'over.txt');
    writeFileSync(file, 'x'.repeat(3 * 1024 * 1024 + 1));
    expect(() => readLimited(file, 3 * 1024 * 1024)).toThrow(InputTooLarge);
    expect(() => readLimited(file, 3 * 1024 * 1024)).toThrow(/larger than 3 MB \(3 MB\)/);
  });

  it('stops an endless device at the limit instead of reading it to the end', () => {
    const started = performance.now();
    expect(() => readLimited('/dev/zero', 4 * 1024 * 1024)).toThrow(/larger than 4 MB, the limit/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('says a directory is not an output', () => {
    expect(() => readLimited(tmp)).toThrow(
      /is a directory; expected the output of a device command/,
    );
  });
});
