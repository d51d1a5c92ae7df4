/**
 * Reads one input file of the CLI under the app's paste limit. The size is checked while reading,
 * chunk by chunk, so `/dev/zero`, a FIFO or a pipe on stdin (`-`) stops at the limit instead of
 * filling memory, and a large regular file is refused from its size before any of it is read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_PASTE_BYTES } from '../domain/paste-limit';

const CHUNK = 1024 * 1024;
const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const expected = 'expected the output of a device command such as "display server-farm"';

export class InputTooLarge extends Error {}

/**
 * `path` is opened (`fd` 0 for stdin) and read to the end, or to `limit` bytes and one more,
 * whichever comes first. Throws `InputTooLarge` past the limit, the system's error otherwise.
 */
export function readLimited(path: string | 0, limit = MAX_PASTE_BYTES): string {
  const fd = path === 0 ? 0 : openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new Error(`it is a directory; ${expected}`);
    if (stat.isFile() && stat.size > limit) throw tooLarge(limit, `${megabytes(stat.size)}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readRetrying(fd, buf);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(limit, null);
      chunks.push(n === CHUNK ? buf : buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function tooLarge(limit: number, size: string | null): InputTooLarge {
  return new InputTooLarge(
    `it is larger than ${megabytes(limit)}${size ? ` (${size})` : ''}, the limit for one paste; ${expected}`,
  );
}

/** A non-blocking stdin answers EAGAIN while the writer is slow: wait a little and read again. */
function readRetrying(fd: number, buf: Buffer): number {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 10);
      else if (code === 'EOF') return 0;
      else throw e;
    }
  }
}
