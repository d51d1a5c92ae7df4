// @vitest-environment jsdom
import { render } from '@/testing/render';
import { describe, expect, it } from 'vitest';
import { RichText } from '../rich-text';
import { markInvisible, Visible } from '../visible-text';

describe('invisible characters in pasted names', () => {
  it('are written out in copied text, so none reaches a terminal', () => {
    expect(markInvisible('ping farm\u202Eevil 10.1.1.5')).toBe('ping farm<U+202E>evil 10.1.1.5');
    expect(markInvisible('XGE1/1/\u200B1\uFEFF')).toBe('XGE1/1/<U+200B>1<U+FEFF>');
    expect(markInvisible('plain')).toBe('plain');
  });

  it('are drawn as a visible mark inside an isolated run, never reordering the text', () => {
    const { container } = render(<Visible text={'app\u202Eeulav'} />);
    const bdi = container.querySelector('bdi');
    expect(bdi).not.toBeNull();
    expect(bdi!.textContent).toBe('app<U+202E>eulav');
    expect(container.textContent).not.toContain('\u202E');
  });

  it('isolate right-to-left names and leave plain ones alone', () => {
    expect(render(<Visible text="مزرعة" />).container.querySelector('bdi')).not.toBeNull();
    expect(render(<Visible text="app-farm" />).container.innerHTML).toBe('app-farm');
  });

  it('are marked in findings, inside and outside code spans', () => {
    const { container } = render(<RichText text={'farm `pay\u2066x` is\u200B down'} />);
    expect(container.textContent).toBe('farm pay<U+2066>x is<U+200B> down');
  });
});
