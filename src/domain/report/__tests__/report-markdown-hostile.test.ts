// @vitest-environment jsdom
/**
 * The Markdown report of a real incident whose pasted values are hostile, rendered the way a
 * permissive ticket system renders it (markdown-it with raw HTML and bare-URL linking on): no
 * link, image, script or other element of the paste's making may appear, and the planted text
 * must still be there to read.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { runWizard } from '../../graph/run-wizard';
import type { StepId, WizardState } from '../../wizard-state';
import { buildReport } from '../report-model';
import { reportToMarkdown } from '../report-markdown';
import { NOW, T0, seedTexts as t } from './sample-runs';

// Each stands where the seed incident has an ordinary value, so the engine still reads it.
const FARM =
  'https://evil.example/f\\<img src=x onerror=alert(1)> <https://evil> &amp; \u202Eexe.txt';
const SERVER1 = '[x](javascript:alert(1))';
const SERVER2 = '![a](http://x)`a``b|c';
const PROMPT = '[<script>alert(1)</script>www.evil.com]';
const DESCRIPTION =
  'description <img src=x onerror=alert(1)> ```` `x` |a|b|\n| --- | --- | &lt;b&gt; \u2066a@evil.com\u2069 ';
const INTERFACE = 'XGE1/1/1\u202E\u200B';

const plant = (text: string, iface = false): string => {
  const out = text
    .replaceAll('test-01', FARM)
    .replaceAll('test1 ', `${SERVER1} `)
    .replaceAll('test2 ', `${SERVER2} `)
    .replaceAll('[L5030]', PROMPT)
    .replaceAll('[GZ-HXY-G160201-V07-L5000S-L-01]', PROMPT)
    .replaceAll('description ', DESCRIPTION);
  return iface ? out.replaceAll('XGE1/1/1', INTERFACE) : out;
};

function hostileState(iface: boolean): WizardState {
  const pastes: Array<[StepId, string]> = [
    ['farm-status', t.farmText],
    ['ping', t.ping200],
    ['ping', t.ping201],
    ['session', t.sessionText],
    ['reth', t.rethText],
    ['lag', t.lagText],
    ['peer-config', t.peerText],
  ];
  return {
    pastes: pastes.map(([step, text], i) => ({
      step,
      text: plant(text, iface),
      at: T0 + i * 60_000,
    })),
    answers: {},
    // The farm the engineer chose, as the app and the CLI's --farm keep it.
    farm: FARM,
    server: null,
  };
}

const md = new MarkdownIt({ html: true, linkify: true });

// What the report itself writes: headings, paragraphs, lists, emphasis, code, line breaks.
const ALLOWED = new Set([
  'H1',
  'H2',
  'H3',
  'P',
  'BR',
  'UL',
  'OL',
  'LI',
  'STRONG',
  'EM',
  'PRE',
  'CODE',
]);

function render(state: WizardState) {
  const run = runWizard(state);
  const markdown = reportToMarkdown(buildReport(state, run, 'en-US', { now: NOW }));
  const html = md.render(markdown);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { run, markdown, html, doc };
}

function expectInert(html: string, doc: Document) {
  expect(html).not.toMatch(/<a[\s>]/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/href/i);
  const elements = [...doc.body.querySelectorAll('*')];
  expect(elements.length).toBeGreaterThan(50);
  expect([...new Set(elements.map((e) => e.tagName))].filter((n) => !ALLOWED.has(n))).toEqual([]);
  for (const e of elements)
    for (const a of e.getAttributeNames()) {
      expect(a).toBe('class');
      expect(e.getAttribute(a)).toBe('language-text');
    }
}

describe('Markdown report of hostile pastes, through markdown-it (html, linkify)', () => {
  it('the planted seed incident still reaches its diagnosis, so every section is written', () => {
    expect(render(hostileState(false)).run.diagnosis?.id).toBe('lacp-mode-mismatch');
  });

  it('makes no link, image, script, handler or other element of its own', () => {
    const { html, doc } = render(hostileState(false));
    expectInert(html, doc);
  });

  it('keeps the planted text readable, with bidi controls shown', () => {
    const { doc } = render(hostileState(false));
    const text = doc.body.textContent ?? '';
    const shown = (s: string) =>
      s.replace(
        /[\u202E\u2066\u2069\u200B]/g,
        (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`,
      );
    expect(text).not.toMatch(/[\u202E\u2066\u2069\u200B]/);
    for (const value of [FARM, SERVER1, SERVER2, PROMPT]) expect(text).toContain(shown(value));
    for (const line of DESCRIPTION.split('\n')) expect(text).toContain(shown(line).trimEnd());
    // The farm name in the title is code, not a link, and shows whole. The parsers read names
    // without invisible characters and bidi controls (each line that had some gets a warning), so
    // names taken from the parse come without them; the quoted paste lines above keep them, shown.
    const read = FARM.replace(/[\u202E\u2066\u2069\u200B]/g, '');
    expect(doc.querySelector('h1 code')?.textContent).toBe(read);
    // A finding that quotes it names it whole too, in text or code.
    const findings = [...doc.querySelectorAll('h3')].map((h) => h.textContent ?? '');
    expect(findings.some((f) => f.includes(read))).toBe(true);
    expect(findings.some((f) => f.includes(SERVER1))).toBe(true);
  });

  it('keeps table pipes and line breaks of a pasted description inside the fence', () => {
    const { doc } = render(hostileState(false));
    const pre = [...doc.querySelectorAll('pre code')].map((c) => c.textContent ?? '');
    expect(pre.some((c) => c.includes('| --- | --- | &lt;b&gt;'))).toBe(true);
  });

  it('shows a bidi control in an interface name, in the text and in the commands to run', () => {
    const { html, doc, markdown } = render(hostileState(true));
    expectInert(html, doc);
    expect(markdown).not.toMatch(/[\u202E\u200B]/);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('XGE1/1/1<U+202E><U+200B>');
    // The next commands name the interface as pasted, visibly.
    const code = [...doc.querySelectorAll('code')].map((c) => c.textContent ?? '');
    expect(code.some((c) => /^(?!\s*\d+ \|).*XGE1\/1\/1<U\+202E><U\+200B>/m.test(c))).toBe(true);
  });
});
