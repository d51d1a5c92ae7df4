/**
 * Hard limit on one paste in the app and on one input file of the CLI: past it a browser tab may
 * run out of memory, so both refuse it with a clear message. Measured in UTF-16 code units in the
 * app (a string's length) and in bytes in the CLI (before decoding); a text under the byte limit
 * is always under the code-unit limit.
 */
export const MAX_PASTE_BYTES = 50 * 1024 * 1024;
