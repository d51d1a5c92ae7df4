import { describe, expect, it } from 'vitest';
import { escapeText, fence, inlineCode, stripControls } from '../markdown';

describe('fence', () => {
  it('uses three backticks for plain text', () => {
    expect(fence('display server-farm', 'text')).toBe('```text\ndisplay server-farm\n```');
  });

  it('is longer than any backtick run inside, so the text cannot close it', () => {
    const body = 'a\n```\nb ```` c';
    const out = fence(body);
    expect(out.startsWith('`````\n')).toBe(true);
    expect(out.endsWith('\n`````')).toBe(true);
    expect(out.slice(6, -6)).toBe(body);
  });
});

describe('inlineCode', () => {
  it('wraps a plain value in single backticks', () => {
    expect(inlineCode('XGE1/1/1')).toBe('`XGE1/1/1`');
  });
  it('survives backticks in the value', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('escapeText', () => {
  it('escapes emphasis, links, HTML and table pipes', () => {
    expect(escapeText('*bold* [x](http://e) <b> a|b')).toBe(
      '\\*bold\\* \\[x\\](http://e) \\<b> a\\|b',
    );
    expect(escapeText('Responder->Initiator')).toBe('Responder->Initiator');
    expect(escapeText('> not a quote')).toBe('\\> not a quote');
  });

  it('leaves underscores inside words alone but escapes them at word edges', () => {
    expect(escapeText('TCP_SYN_SENT')).toBe('TCP_SYN_SENT');
    expect(escapeText('_x_ and __y')).toBe('\\_x\\_ and \\_\\_y');
  });

  it('keeps code spans the rules wrote and escapes stray backticks', () => {
    expect(escapeText('use `session statistics enable` now')).toBe(
      'use `session statistics enable` now',
    );
    expect(escapeText('a stray ` tick')).toBe('a stray \\` tick');
    expect(escapeText('`a*b`')).toBe('`a*b`');
  });

  it('stops text from becoming a heading, list or entity', () => {
    expect(escapeText('# not a heading')).toBe('\\# not a heading');
    expect(escapeText('- not a list')).toBe('\\- not a list');
    expect(escapeText('12. not a list')).toBe('12\\. not a list');
    expect(escapeText('10.197.44.200 answers')).toBe('10.197.44.200 answers');
    expect(escapeText('title #')).toBe('title \\#');
    expect(escapeText('a &amp; b & c')).toBe('a \\&amp; b & c');
  });

  it('puts multi-line text on one line', () => {
    expect(escapeText('first\r\n  second\nthird')).toBe('first second third');
  });
});

describe('stripControls', () => {
  it('removes ANSI colour and stray control characters but keeps tabs', () => {
    expect(stripControls('\u001b[32mXGE1/1/1\u001b[0m\tU\u0007')).toBe('XGE1/1/1\tU');
  });
});
