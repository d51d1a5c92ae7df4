/**
 * One pass over a paste that cuts it into outputs and names each. An echoed command after a prompt
 * is the strongest evidence (it even names an output that printed nothing, such as an empty
 * session table); without echoes, an output starts where a line appears that the current output
 * cannot contain (a `#` config block after a link-aggregation table). Shared preamble lines (a
 * legend both `verbose` and `summary` print) are given to the output they precede.
 *
 * Log lines (`%Dec  4 03:12:55:123 2026 LB01 IFNET/3/PHY_UPDOWN: ...`, which the normaliser sets
 * aside as noise) never open or close an output: inside an output's segment they stay there, as
 * noise its parser skips; log lines that belong to no output (before the first prompt, or after a
 * bare prompt) make a `syslog` segment of their own, so the start page can file them apart. The
 * paste as a whole is named by its outputs first (detectCommand); it is `syslog` only when nothing
 * else in it can be named.
 */
import type { CommandId } from '../command-ids';
import { scanPaste as normaliseInto, type NoiseKind } from '../shared/normalise';
import { commandFromEcho } from './echo-command';
import { classifyLine, configCommand, NQA_TEMPLATE, type Signal } from './line-signals';

export type Confidence = 'echo' | 'signature';

export interface ScannedSegment {
  command: CommandId;
  confidence: Confidence;
  /** 0-based index of the first and one past the last line of the paste in this segment. */
  start: number;
  end: number;
  /** 1-based line that decided the command (the echo, or the first signature line); null if none. */
  line: number | null;
}

// Blank: an output line with nothing on it, told apart without looking at its text.
const Kind = { Output: 0, Echo: 1, Prompt: 2, Pager: 3, Syslog: 4, Blank: 5 } as const;

interface OpenSegment {
  start: number;
  end: number;
  /** Command named by a recognised echo on the segment's first line. */
  echoId: CommandId | null;
  /** Started by a prompt whose command names no output (`screen-length disable`, `quit`, bare prompt). */
  soft: boolean;
  /** Commands the lines seen so far allow; null while nothing has said anything. */
  set: readonly CommandId[] | null;
}

function kindOfNoise(kind: NoiseKind): number {
  return kind === 'echo'
    ? Kind.Echo
    : kind === 'prompt'
      ? Kind.Prompt
      : kind === 'pager'
        ? Kind.Pager
        : Kind.Syslog;
}

/** How far back a new output may claim shared preamble lines; bounds the work on hostile input. */
const MAX_WALK_BACK = 400;

function intersect(a: readonly CommandId[], b: readonly CommandId[]): readonly CommandId[] {
  if (a.length === 1) return b.includes(a[0] as CommandId) ? a : [];
  return a.filter((x) => b.includes(x));
}

/** Configuration (of interfaces or NQA templates): a typed session in it stays one output. */
function isConfig(set: readonly CommandId[] | null): boolean {
  return (
    set !== null &&
    set.length > 0 &&
    set.every((id) => id === 'interface-configuration' || id === 'probe-template-configuration')
  );
}

/** Folds the signals of lines [from, to) into a candidate set, ignoring lines that fit none. */
function fold(
  sigs: (Signal | null)[],
  from: number,
  to: number,
  initial: readonly CommandId[] | null,
): readonly CommandId[] | null {
  let set = initial;
  for (let j = from; j < to; j++) {
    const s = sigs[j];
    if (!s) continue;
    if (set === null) set = s.ids;
    else {
      const inter = intersect(set, s.ids);
      if (inter.length > 0) set = inter;
    }
  }
  return set;
}

export function scanPaste(text: string): ScannedSegment[] {
  // The normaliser's callbacks, not its line objects: a paste of 20 M bare line breaks would be
  // 20 M objects, seconds of garbage collection (issue #15).
  let kinds = new Uint8Array(1024);
  const outText: string[] = [];
  const echoes = new Map<number, string>();
  // Log lines whose text is on the next line (`%Jan  1 07:27:48:636 2000 Sysname ARP/6/DUPIFIP:`).
  const textBelow = new Set<number>();
  const mark = (i: number, kind: number): void => {
    if (i >= kinds.length) {
      const grown = new Uint8Array(kinds.length * 2);
      grown.set(kinds);
      kinds = grown;
    }
    kinds[i] = kind;
  };
  const count = normaliseInto(
    text,
    (no, s) => {
      mark(no - 1, s === '' ? Kind.Blank : Kind.Output);
      // Blank lines are not kept: 20 M empty strings in an array cost a second of GC.
      if (s !== '') outText[no - 1] = s;
    },
    (c) => echoes.set(c.no - 1, c.command),
    (no, kind, s) => {
      mark(no - 1, kindOfNoise(kind));
      if (kind === 'syslog' && s.endsWith(':')) textBelow.add(no - 1);
    },
  ).lineCount;

  const sigs: (Signal | null)[] = new Array<Signal | null>(count).fill(null);
  const segs: OpenSegment[] = [{ start: 0, end: count, echoId: null, soft: false, set: null }];
  const open = (seg: OpenSegment) => {
    const cur = segs[segs.length - 1] as OpenSegment;
    if (cur.start === seg.start) segs[segs.length - 1] = seg;
    else segs.push(seg);
  };

  for (let i = 0; i < count; i++) {
    const cur = segs[segs.length - 1] as OpenSegment;
    const kind = kinds[i];
    if (kind === Kind.Echo || kind === Kind.Prompt) {
      const ec = kind === Kind.Echo ? commandFromEcho(echoes.get(i) ?? '') : null;
      // A configuration session (`[H3C]interface X`, `[H3C-X]port ...`) is one output, however many prompts.
      if (isConfig(cur.set) && (ec === null || ec.configEntry)) continue;
      if (ec) open({ start: i, end: count, echoId: ec.id, soft: false, set: [ec.id] });
      else open({ start: i, end: count, echoId: null, soft: true, set: null });
      continue;
    }
    if (kind !== Kind.Output) continue;
    const t = (outText[i] ?? '').trim();
    if (t === '') continue;
    const s = classifyLine(t);
    sigs[i] = s;
    if (!s) continue;
    if (cur.set === null) {
      cur.set = s.ids;
      continue;
    }
    const inter = intersect(cur.set, s.ids);
    if (inter.length > 0) cur.set = inter;
    else if (s.start) {
      const b = walkBack(i, s.ids, cur.start);
      if (b === cur.start && cur.echoId === null) segs.pop();
      segs.push({
        start: b,
        end: count,
        echoId: null,
        soft: false,
        set: fold(sigs, b, i + 1, null),
      });
    }
  }
  for (let k = 0; k < segs.length; k++) (segs[k] as OpenSegment).end = segs[k + 1]?.start ?? count;

  function walkBack(i: number, ids: readonly CommandId[], floor: number): number {
    let b = i;
    const stop = Math.max(floor, i - MAX_WALK_BACK);
    for (let j = i - 1; j >= stop; j--) {
      const k = kinds[j];
      if (k === Kind.Pager || k === Kind.Syslog || k === Kind.Blank) continue;
      if (k !== Kind.Output) break;
      if ((outText[j] ?? '').trim() === '') continue;
      const s = sigs[j];
      if (!s || intersect(s.ids, ids).length === 0) break;
      b = j;
    }
    return b;
  }

  return merge(segs.map((seg) => finish(seg)));

  function finish(seg: OpenSegment): ScannedSegment & { soft: boolean; vacant: boolean } {
    let nonBlank = 0;
    let unclassified = 0;
    let syslog = 0;
    let firstSyslog: number | null = null;
    // The line above was a log line or its continuation: a line that only continues that log's
    // text (the text of a `MODULE/7/EVENT:` line, an indented detail or `This message repeated`)
    // is not unexplained output.
    let inLog = false;
    let needText = false;
    for (let j = seg.start; j < seg.end; j++) {
      if (kinds[j] === Kind.Syslog) {
        syslog++;
        firstSyslog ??= j + 1;
        inLog = true;
        needText = textBelow.has(j);
      } else if (kinds[j] === Kind.Output && (outText[j] ?? '').trim() !== '') {
        nonBlank++;
        const text = outText[j] ?? '';
        const continues: boolean = inLog && (needText || text.charCodeAt(0) === 32);
        if (!sigs[j] && !continues) unclassified++;
        inLog = continues;
        needText = false;
      } else if (kinds[j] !== Kind.Pager) inLog = false;
    }
    const base = {
      start: seg.start,
      end: seg.end,
      soft: seg.soft,
      vacant: seg.echoId === null && nonBlank === 0 && syslog === 0,
    };
    if (seg.echoId !== null)
      return { ...base, command: seg.echoId, confidence: 'echo', line: seg.start + 1 };
    const set = fold(sigs, seg.start, seg.end, null);
    if (set !== null && set.length > 0) {
      const command = configCommand(set, sigs, seg.start, seg.end) ?? (set[0] as CommandId);
      let line: number | null = null;
      // Probe templates are named by their first `nqa template` line, not a `#` before it.
      const decides = (s: Signal | null | undefined) =>
        command === 'probe-template-configuration'
          ? s?.ids === NQA_TEMPLATE
          : s?.ids.includes(command);
      for (let j = seg.start; j < seg.end && line === null; j++) if (decides(sigs[j])) line = j + 1;
      return { ...base, command, confidence: 'signature', line };
    }
    // Log lines with at most as much unexplained text around them (continuations, a stray config line).
    if (syslog > 0 && syslog >= unclassified)
      return { ...base, command: 'syslog', confidence: 'signature', line: firstSyslog };
    return {
      ...base,
      command: nonBlank === 0 && syslog === 0 ? 'empty' : 'unknown',
      confidence: 'signature',
      line: null,
    };
  }
}

/**
 * Prompts that name no output leave pieces that are not outputs of their own: a segment with
 * nothing in it joins the next one (or the previous, at the end), and one that only continues the
 * previous output (same command) joins it.
 */
function merge(segs: (ScannedSegment & { soft: boolean; vacant: boolean })[]): ScannedSegment[] {
  const out: (ScannedSegment & { soft: boolean })[] = [];
  let carry: number | null = null;
  for (const seg of segs) {
    if (seg.vacant) {
      carry ??= seg.start;
      continue;
    }
    const start = carry ?? seg.start;
    carry = null;
    const prev = out[out.length - 1];
    if (prev && seg.soft && prev.command === seg.command) {
      prev.end = seg.end;
      continue;
    }
    out.push({ ...seg, start });
  }
  const last = out[out.length - 1];
  const total = segs[segs.length - 1]?.end ?? 0;
  if (!last)
    return [{ command: 'empty', confidence: 'signature', start: 0, end: total, line: null }];
  last.end = total;
  return out.map(({ command, confidence, start, end, line }) => ({
    command,
    confidence,
    start,
    end,
    line,
  }));
}
