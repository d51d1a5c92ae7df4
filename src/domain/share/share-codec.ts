/**
 * The share format: the whole wizard state in the URL fragment (`#/step/<id>?s=<payload>`).
 *
 *   payload = <version> "." base64url( crc32(json) [4 bytes, big-endian] ‖ deflate-raw(json, dictionary) )
 *
 * - `<version>` is decimal (`1`); each version fixes its JSON shape (wire.ts) and its preset
 *   dictionary (dictionary-v1.ts), so a link keeps its meaning however the app changes.
 * - The dictionary holds common Comware output text, which is why a whole incident fits in a
 *   chat message (share-size.test.ts measures it).
 * - The CRC-32 of the JSON makes a damaged link fail as `corrupt` instead of opening a slightly
 *   different incident (a flipped bit often still inflates to valid JSON).
 *
 * Decoding treats the payload as hostile: length cap before any work, inflating in small chunks
 * with a running cap on the output (a zip bomb stops at `maxJsonBytes`), CRC, strict UTF-8,
 * JSON, migration of older versions, then strict validation. It never throws.
 */
import { Inflate, deflateSync } from 'fflate';
import type { WizardState } from '../wizard-state';
import { decodeBase64url, encodeBase64url } from './base64url';
import { crc32 } from './crc32';
import { dictionaryV1 } from './dictionary-v1';
import { shareLimits } from './limits';
import { currentVersion, firstVersion, migrations, runMigrations } from './migrations';
import { redactState } from './redact';
import { stripSecretsState } from './strip-secrets';
import { fromWire, toWire } from './wire';

export type ShareErrorCode =
  | 'empty'
  | 'too-large'
  | 'bad-base64'
  | 'unknown-version'
  | 'corrupt'
  | 'not-utf8'
  | 'bad-json'
  | 'invalid-state';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
}

export type DecodeResult =
  { ok: true; state: WizardState; migratedFrom: number | null } | { ok: false; error: ShareError };

export interface EncodeOptions {
  /** Replace addresses, host names and descriptions first (see redact.ts). Secrets are always removed (strip-secrets.ts). */
  redact?: boolean;
}

/** Thrown by `encodeState` for a state no link could carry (over a limit, or not a valid state). */
export class ShareEncodeError extends Error {
  constructor(
    readonly code: 'too-large' | 'invalid-state',
    message: string,
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();
const dictionaries = new Map<number, Uint8Array>();

/** The preset dictionary of each format version ever released (decoding old links needs them all). */
function dictionaryFor(version: number): Uint8Array | null {
  const cached = dictionaries.get(version);
  if (cached) return cached;
  // Versions 2 and 3 changed the JSON, not the text pastes hold: they keep version 1's dictionary.
  const text = version >= 1 && version <= 3 ? dictionaryV1 : null;
  if (text === null) return null;
  const bytes = encoder.encode(text);
  dictionaries.set(version, bytes);
  return bytes;
}

export function encodeState(state: WizardState, opts: EncodeOptions = {}): string {
  // Secrets never go into a link, redacted or not; line numbers stay as they were.
  const source = opts.redact ? redactState(state) : stripSecretsState(state);
  const wire = toWire(source);
  // The encoder checks with the decoder's own validator, so it never writes a link that will not open.
  const check = fromWire(JSON.parse(JSON.stringify(wire)) as unknown);
  if (!check.ok) {
    const code = /more than|longer than/.test(check.message) ? 'too-large' : 'invalid-state';
    throw new ShareEncodeError(code, `cannot share this state: ${check.message}`);
  }
  const json = encoder.encode(JSON.stringify(wire));
  if (json.length > shareLimits.maxJsonBytes) {
    throw new ShareEncodeError(
      'too-large',
      `cannot share this state: ${json.length} bytes of JSON, the limit is ${shareLimits.maxJsonBytes}`,
    );
  }
  const payload = pack(json);
  if (payload.length > shareLimits.maxPayloadChars) {
    throw new ShareEncodeError(
      'too-large',
      `the link would be ${payload.length} characters, the limit is ${shareLimits.maxPayloadChars}`,
    );
  }
  return payload;
}

/**
 * Compresses already-serialised JSON bytes into a payload of the current version (or `version`).
 * Exported for tests that need a well-formed link around content `encodeState` would never write
 * (bad UTF-8, wrong shapes, older versions).
 */
export function pack(json: Uint8Array, version: number = currentVersion): string {
  const dictionary = dictionaryFor(version)!;
  const compressed = deflateSync(json, { dictionary, level: 9 });
  const body = new Uint8Array(4 + compressed.length);
  new DataView(body.buffer).setUint32(0, crc32(json));
  body.set(compressed, 4);
  return `${version}.${encodeBase64url(body)}`;
}

function failure(code: ShareErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

/** Compressed bytes fed to the inflater at a time: bounds the output of one step to ~1 MB. */
const inflateChunk = 1024;

type Inflated =
  { ok: true; bytes: Uint8Array } | { ok: false; code: 'too-large' | 'corrupt'; message: string };

/** Inflates with a running size check: never holds more than the cap plus one chunk's output. */
function inflateCapped(data: Uint8Array, dictionary: Uint8Array, cap: number): Inflated {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate({ dictionary }, (chunk, final) => {
    size += chunk.length;
    if (size > cap) over = true;
    else parts.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && !over; i += inflateChunk) {
      const end = Math.min(data.length, i + inflateChunk);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (e) {
    if (over)
      return {
        ok: false,
        code: 'too-large',
        message: `the link unpacks to more than ${cap} bytes`,
      };
    return { ok: false, code: 'corrupt', message: `the link is damaged (${(e as Error).message})` };
  }
  if (over)
    return { ok: false, code: 'too-large', message: `the link unpacks to more than ${cap} bytes` };
  if (!done)
    return { ok: false, code: 'corrupt', message: 'the link is damaged (incomplete data)' };
  const bytes = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { ok: true, bytes };
}

// Sample: `1.AbCd-_` → version "1", body "AbCd-_".
const versionPrefix = /^(\d{1,4})\.(.*)$/s;

export function decodeState(payload: string): DecodeResult {
  if (typeof payload !== 'string' || payload.length === 0)
    return failure('empty', 'the link holds no state');
  if (payload.length > shareLimits.maxPayloadChars) {
    return failure(
      'too-large',
      `the link is ${payload.length} characters long; at most ${shareLimits.maxPayloadChars} are accepted`,
    );
  }
  const m = versionPrefix.exec(payload);
  if (!m)
    return failure(
      'unknown-version',
      'the link has no format version: it was not made by this app, or was cut at the start',
    );
  const version = Number(m[1]);
  const dictionary =
    version >= firstVersion && version <= currentVersion ? dictionaryFor(version) : null;
  if (!dictionary) {
    return failure(
      'unknown-version',
      version > currentVersion
        ? `the link uses share format ${version}, newer than this app reads (${currentVersion}): open it with a newer version`
        : `the link uses share format ${version}, which never existed`,
    );
  }
  const body = decodeBase64url(m[2]!);
  if (!body)
    return failure(
      'bad-base64',
      'the link contains characters a share link never has (was it edited or wrapped?)',
    );
  if (body.length < 5) return failure('corrupt', 'the link is damaged (too short)');

  const expectedCrc = new DataView(body.buffer, body.byteOffset, 4).getUint32(0);
  const inflated = inflateCapped(body.subarray(4), dictionary, shareLimits.maxJsonBytes);
  if (!inflated.ok) return failure(inflated.code, inflated.message);
  if (crc32(inflated.bytes) !== expectedCrc)
    return failure('corrupt', 'the link is damaged (checksum mismatch)');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return failure('not-utf8', 'the link holds bytes that are not UTF-8 text');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return failure('bad-json', `the link's content is not JSON (${(e as Error).message})`);
  }
  try {
    doc = runMigrations(doc, version, currentVersion, migrations, firstVersion);
  } catch (e) {
    return failure(
      'invalid-state',
      `the link's state could not be upgraded from format ${version}: ${(e as Error).message}`,
    );
  }
  const validated = fromWire(doc);
  if (!validated.ok)
    return failure('invalid-state', `the link's state is not valid: ${validated.message}`);
  return {
    ok: true,
    state: validated.state,
    migratedFrom: version === currentVersion ? null : version,
  };
}
