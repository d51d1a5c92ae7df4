/**
 * Invisible characters, text-direction controls and odd blanks in the shared clean-up: removed (or
 * read as a blank) before any parser sees the line, line numbers kept, and each line that lost
 * something named for the warning.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hiddenKind, normalise, splitLines } from '../normalise';
import { hiddenWarnings } from '../hidden-warnings';

const texts = (t: string) => normalise(t).lines.map((l) => [l.no, l.text]);

describe('the clean-up and hidden characters', () => {
  it('takes a zero-width space out of a port name and names the line', () => {
    const p = normalise('Local:\n  XGE1/\u200b1/1         U       32768    3         {ACG}\n');
    expect(p.lines[1]).toEqual({
      no: 2,
      text: '  XGE1/1/1         U       32768    3         {ACG}',
    });
    expect(p.hidden).toEqual([{ no: 2, invisible: [0x200b], bidi: [] }]);
  });

  it('removes every zero-width and format character the brief names, each line keeping its number', () => {
    const chars = [
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      '\u00ad',
      '\u180e',
      '\u2061',
      '\u2064',
    ];
    const text = chars.map((c, i) => `GE1/0/${c}${i}`).join('\r\n');
    expect(texts(text)).toEqual(chars.map((_, i) => [i + 1, `GE1/0/${i}`]));
    expect(normalise(text).hidden.map((h) => [h.no, h.invisible])).toEqual(
      chars.map((c, i) => [i + 1, [c.charCodeAt(0)]]),
    );
  });

  it('removes text-direction controls, reported apart from invisible characters', () => {
    const p = normalise('description \u202eevil\u202c\nReth\u200e2\u200b');
    expect(texts('description \u202eevil\u202c\nReth\u200e2\u200b')).toEqual([
      [1, 'description evil'],
      [2, 'Reth2'],
    ]);
    expect(p.hidden).toEqual([
      { no: 1, invisible: [], bidi: [0x202e, 0x202c] },
      { no: 2, invisible: [0x200b], bidi: [0x200e] },
    ]);
    expect(hiddenWarnings(p.hidden).map((w) => [w.code, w.line])).toEqual([
      ['bidi-controls', 1],
      ['invisible-characters', 2],
      ['bidi-controls', 2],
    ]);
    expect(hiddenWarnings(p.hidden)[0]?.message).toContain('U+202E, U+202C');
  });

  it('drops NUL and the backspaces pagers leave without a warning, as before', () => {
    const p = normalise('  ---- More ----\u0008\u0008\u0008XGE1/0/1\u0000 UP');
    expect(p.lines[0]?.text).toContain('XGE1/0/1 UP');
    expect(p.hidden).toEqual([]);
  });

  it('cuts lines at LF, CRLF and a lone CR alike, with or without a break at the end', () => {
    const want = [
      [1, 'a'],
      [2, ''],
      [3, 'b'],
      [4, 'c'],
    ];
    expect(texts('a\r\n\rb\nc')).toEqual(want);
    expect(texts('a\r\n\rb\nc\r')).toEqual(want);
    expect(texts('a\r\n\rb\nc\r\n')).toEqual(want);
    expect(texts('a\n\nb\r\nc\n')).toEqual(want);
    expect(normalise('\r\r\r').lineCount).toBe(3);
    expect(normalise('\r\n').lineCount).toBe(1);
    expect(normalise('').lineCount).toBe(0);
  });

  it('numbers lines as splitLines cuts them, whatever mix of breaks', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b ', '\r', '\n', '\r\n', ' '), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lines = splitLines(t);
        if (lines[lines.length - 1] === '') lines.pop();
        expect(texts(t)).toEqual(lines.map((l, i) => [i + 1, l.trimEnd()]));
        expect(normalise(t).lineCount).toBe(lines.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a NBSP and other narrow blanks as a blank, silently', () => {
    const p = normalise('Port\u00a0Status\u2009Priority\u202fOper-Key\u00a0\u00a0');
    expect(p.lines[0]?.text).toBe('Port Status Priority Oper-Key');
    expect(p.hidden).toEqual([]);
  });

  it('keeps Chinese text, the ideographic space and fullwidth forms as they are', () => {
    const line = '描述\u3000上联核心交换机　ＸＧＥ１/１/１，端口';
    expect(texts(line)).toEqual([[1, line]]);
    expect(normalise(line).hidden).toEqual([]);
  });

  it('counts tab stops on the line without its invisible characters', () => {
    expect(texts('ab\u200bc\tX')).toEqual([[1, 'abc     X']]);
  });

  it('still strips an ANSI title sequence ended by BEL before removing controls', () => {
    expect(texts('\u001b]0;LB-01\u0007<LB-01>display arp')).toEqual([]);
    expect(normalise('\u001b]0;LB-01\u0007<LB-01>display arp').commands[0]?.command).toBe(
      'display arp',
    );
    expect(normalise('\u001b]0;LB-01\u0007<LB-01>display arp').hidden).toEqual([]);
  });

  it('recognises a prompt and echoed command with a BOM in front and a zero-width joiner inside', () => {
    const p = normalise('\ufeff<LB-01>display link-agg\u200dregation verbose\nx');
    expect(p.commands).toEqual([
      { no: 1, device: 'LB-01', command: 'display link-aggregation verbose' },
    ]);
    expect(p.hidden.map((h) => h.no)).toEqual([1]);
  });

  it('decides every BMP character the same way in the quick paste-wide test and per character', () => {
    // The paste-wide regex and hiddenKind must agree, or a character is removed on some pastes only.
    const wrong: string[] = [];
    for (let c = 1; c < 0x10000; c++) {
      if (c === 10 || c === 13 || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      const p = normalise(`a${ch}b`);
      const kind = hiddenKind(c);
      const text = p.lines[0]?.text ?? '';
      const removed = p.hidden.length > 0;
      const ok =
        kind === 0
          ? !removed && (text === `a${ch}b` || c === 9)
          : kind === 3
            ? !removed && text === 'a b'
            : kind === 4
              ? !removed && text === 'ab'
              : removed && text === 'ab';
      if (!ok) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});
