/**
 * Ways a real terminal paste differs from clean output. Parser tests apply each to every fixture and
 * expect the same values where the data survived. Each mangle also returns how to map a line number
 * of the clean text to the mangled one, so tests can check cited lines too.
 */

export interface Mangled {
  name: string;
  text: string;
  /** Clean 1-based line → mangled 1-based line (null when the line no longer exists). */
  mapLine: (clean: number) => number | null;
}

const identity = (n: number) => n;

export function crlf(text: string): Mangled {
  return { name: 'crlf', text: text.replace(/\r?\n/g, '\r\n'), mapLine: identity };
}

export function tabs(text: string): Mangled {
  // Leading runs of 8 spaces become tabs, as some terminals copy them.
  return {
    name: 'tabs',
    text: text.replace(/^( {8})+/gm, (m) => '\t'.repeat(m.length / 8)),
    mapLine: identity,
  };
}

export function ansi(text: string): Mangled {
  return {
    name: 'ansi',
    text: text
      .split('\n')
      .map((l, i) => (i % 3 === 0 && l.trim() ? `\u001b[32m${l}\u001b[0m` : l))
      .join('\n'),
    mapLine: identity,
  };
}

/** Inserts a `---- More ----` pager line (with its erase sequence) every `every` lines. */
export function pager(text: string, every = 4): Mangled {
  const lines = text.split('\n');
  const out: string[] = [];
  const map: number[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && i % every === 0) out.push('  ---- More ----\u001b[16D                \u001b[16D');
    out.push(l);
    map[i + 1] = out.length;
  });
  return { name: 'pager', text: out.join('\n'), mapLine: (n) => map[n] ?? null };
}

/** Same data, with the pager remnant glued in front of the next line, as some clients copy it. */
export function pagerInline(text: string, every = 5): Mangled {
  const lines = text.split('\n');
  return {
    name: 'pager-inline',
    text: lines
      .map((l, i) =>
        i > 0 && i % every === 0 ? `  ---- More ----\u001b[16D                \u001b[16D${l}` : l,
      )
      .join('\n'),
    mapLine: identity,
  };
}

/** Prefixes a prompt with the echoed command and appends a bare prompt at the end. */
export function promptEcho(text: string, command: string, device = 'LB-01'): Mangled {
  return {
    name: 'prompt-echo',
    text: `<${device}>${command}\n${text.replace(/\n$/, '')}\n<${device}>`,
    mapLine: (n) => n + 1,
  };
}

export function stripIndent(text: string): Mangled {
  return { name: 'strip-indent', text: text.replace(/^[ \t]+/gm, ''), mapLine: identity };
}

/** Interleaves a syslog line after line `after`. */
export function syslog(text: string, after = 2): Mangled {
  const lines = text.split('\n');
  const log =
    '%Jun 25 13:53:05:123 2023 LB-01 NQA/6/NQA_LOG_UNREACHABLE: Server 10.0.0.1 unreachable.';
  lines.splice(after, 0, log);
  return { name: 'syslog', text: lines.join('\n'), mapLine: (n) => (n <= after ? n : n + 1) };
}

/** Cuts the text after line `keep` (1-based, inclusive). */
export function truncate(text: string, keep: number): Mangled {
  const lines = text.split('\n');
  return {
    name: `truncate-${keep}`,
    text: lines.slice(0, keep).join('\n'),
    mapLine: (n) => (n <= keep ? n : null),
  };
}

/** Every mangle that must leave all values intact. */
export function lossless(text: string, command: string): Mangled[] {
  return [
    crlf(text),
    tabs(text),
    ansi(text),
    pager(text),
    pagerInline(text),
    promptEcho(text, command),
    stripIndent(text),
    syslog(text),
  ];
}
