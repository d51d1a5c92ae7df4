import { describe, expect, it } from 'vitest';
import { PART_CHARS, TextAssembler, textParts } from '../text-parts';

describe('text parts', () => {
  it('cut a large text into parts that put it back together', () => {
    const text = 'abc\n'.repeat(PART_CHARS); // four parts
    const parts = textParts(7, text);
    expect(parts).toHaveLength(4);
    expect(parts.every((p) => p.part.length <= PART_CHARS)).toBe(true);
    const a = new TextAssembler();
    parts.forEach((p) => a.add(p));
    expect(a.get(7)).toBe(text);
  });

  it('send an empty text as one part', () => {
    const a = new TextAssembler();
    textParts(1, '').forEach((p) => a.add(p));
    expect(a.get(1)).toBe('');
  });

  it('forget texts no request names, and parts of an abandoned one', () => {
    const a = new TextAssembler();
    textParts(1, 'kept').forEach((p) => a.add(p));
    textParts(2, 'dropped').forEach((p) => a.add(p));
    a.add(textParts(3, 'x'.repeat(PART_CHARS + 1))[0]!);
    a.keepOnly([1]);
    expect(a.get(1)).toBe('kept');
    expect(a.get(2)).toBeUndefined();
    expect(a.get(3)).toBeUndefined();
  });
});
