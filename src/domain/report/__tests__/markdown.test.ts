import { describe, expect, it } from 'vitest';
import { escapeText, fence, inlineCode, literal, stripControls } from '../markdown';
import { showInvisibles } from '../invisible';

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
  it('pads a value that starts and ends with a space, so CommonMark keeps both spaces', () => {
    expect(inlineCode(' x ')).toBe('`  x  `');
    expect(inlineCode('  ')).toBe('`  `');
    expect(inlineCode('')).toBe('` `');
  });
  it('keeps a pasted line break from ending the span', () => {
    expect(inlineCode('a\n# b')).toBe('`a # b`');
  });
  it('survives backticks in the value', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});

describe('escapeText', () => {
  it('escapes emphasis, links, HTML and table pipes', () => {
    expect(escapeText('*bold* [x](http://e) <b> a|b')).toBe(
      '\\*bold\\* \\[x\\](http&#58;//e) &lt;b&gt; a\\|b',
    );
    expect(escapeText('Responder->Initiator')).toBe('Responder-&gt;Initiator');
    expect(escapeText('> not a quote')).toBe('&gt; not a quote');
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
    expect(escapeText('a &amp; b & c')).toBe('a &amp;amp; b &amp; c');
    expect(escapeText('---')).toBe('\\---');
    expect(escapeText('=== x')).toBe('\\=== x');
  });

  it('breaks the starts of bare links: schemes, protocol-relative, e-mail, www', () => {
    expect(escapeText('see https://evil.example/x and //evil.example')).toBe(
      'see https&#58;//evil.example/x and /\\/evil.example',
    );
    expect(escapeText('mail a@evil.com or www.evil.com')).toBe(
      'mail a\\@evil.com or www\\.evil.com',
    );
  });

  it('turns HTML after a URL into entities, never a backslash the link could take', () => {
    expect(escapeText('https://x\\<img src=x onerror=alert(1)>')).toBe(
      'https&#58;//x\\\\&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('puts the pasted names it is given in code spans where they stand whole', () => {
    expect(
      escapeText('XGE1/1/1 in Route-Aggregation1 (dynamic)', ['XGE1/1/1', 'Route-Aggregation1']),
    ).toBe('`XGE1/1/1` in `Route-Aggregation1` (dynamic)');
    // A name inside a longer one is left alone: `Route-Aggregation1.1973` is another interface.
    expect(escapeText('Route-Aggregation1.1973 forwards', ['Route-Aggregation1'])).toBe(
      'Route-Aggregation1.1973 forwards',
    );
    expect(escapeText('farm <b>`x</b>: down', ['<b>`x</b>'])).toBe('farm ``<b>`x</b>``: down');
    expect(escapeText('对端的Bridge-Aggregation33为静态', ['Bridge-Aggregation33'])).toBe(
      '对端的`Bridge-Aggregation33`为静态',
    );
  });

  it('shows bidi controls instead of letting them reorder the text', () => {
    expect(escapeText('farm a\u202Eb')).toBe('farm a&lt;U+202E&gt;b');
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

describe('showInvisibles / literal', () => {
  it('shows bidi controls, zero-width and other invisible characters as <U+XXXX>', () => {
    expect(showInvisibles('a\u202Eb\u2066c\u2069\u200Ed\u200Fe\u200Bf\uFEFFg\u00ADh')).toBe(
      'a<U+202E>b<U+2066>c<U+2069><U+200E>d<U+200F>e<U+200B>f<U+FEFF>g<U+00AD>h',
    );
    expect(showInvisibles('\u{E0041}')).toBe('<U+E0041>');
  });
  it('leaves ordinary text, tabs and CJK punctuation and spaces alone', () => {
    expect(showInvisibles('XGE1/1/1\tU　实服务组：test-01')).toBe('XGE1/1/1\tU　实服务组：test-01');
  });
  it('drops terminal colours and shows the invisible characters in fences', () => {
    expect(literal('\u001b[31mRA1\u202E\u001b[0m')).toBe('RA1<U+202E>');
    expect(fence('x\u202Ey')).toBe('```\nx<U+202E>y\n```');
  });
});
