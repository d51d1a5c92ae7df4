/**
 * Bounds on what a share link may hold. A link is hostile input: every bound is checked before
 * the work it protects (payload length before decompressing, decompressed size while inflating,
 * counts and lengths while validating), so a crafted link costs at most these amounts.
 */
export const shareLimits = {
  /** Characters of payload (after `s=`). Chrome keeps 2 MB URLs; chat tools cut far earlier. */
  maxPayloadChars: 200_000,
  /** Bytes of JSON after inflating: about 10× the largest payload, far below a zip bomb's reach. */
  maxJsonBytes: 2 * 1024 * 1024,
  maxPastes: 64,
  /** UTF-16 code units per paste. */
  maxTextChars: 1_000_000,
  maxAnswers: 64,
  maxServerChars: 128,
} as const;

/**
 * Question ids: what the graph names its yes/no questions (`capture-traffic`). Also keeps
 * `__proto__` and friends out of the answers object. Sample: `capture-on-XGE1/1/1` is refused,
 * `capture-traffic` and `q1.peer:mode` are accepted.
 */
export const answerIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
