// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { runWizard } from '@/domain/graph/run-wizard';
import { render, text, type Rendered } from '@/testing/render';
import { PathDiagramView } from '../path-diagram-view';
import { exampleIncident } from '../example-incident';
import { BOLD, FONT, layoutPath, textWidth, wrap } from '../path-layout';
import { buildPathModel } from '@/domain/path-diagram/path-model';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const seed = exampleIncident(Date.UTC(2026, 11, 4, 3, 30));

describe('PathDiagramView', () => {
  it('draws the seed path with XGE1/1/1 marked, named and labelled, once', () => {
    view = render(<PathDiagramView run={runWizard(seed)} />);
    const fig = view.container.querySelector('[data-path-diagram]')!;
    expect(fig.getAttribute('data-fault-element')).toBe('XGE1/1/1');
    const svgs = [...fig.querySelectorAll('svg')];
    // One drawing: every name is in the page once (the width picks its layout).
    expect(svgs).toHaveLength(1);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const label = document.getElementById(svg.getAttribute('aria-labelledby')!);
      expect(text(label)).toContain("The probe's path");
      expect(text(label)).toContain('Fault: XGE1/1/1 — LACP mode mismatch');
      const words = document.getElementById(svg.getAttribute('aria-describedby')!);
      expect(words?.tagName).toBe('OL');
      const marked = [...svg.querySelectorAll('[data-fault]')];
      expect(marked.map((m) => m.getAttribute('data-fault'))).toEqual(['XGE1/1/1']);
      // Not by colour alone: a cross, a dashed outline and the word.
      expect(marked[0]!.textContent).toContain('XGE1/1/1');
      expect(marked[0]!.textContent).toContain('✗ Fault here');
      expect(marked[0]!.querySelector('rect')?.getAttribute('stroke-dasharray')).toBe('6 3');
      expect(svg.querySelectorAll('[data-hop]')).toHaveLength(6);
    }
    const words = [...fig.querySelectorAll('[data-path-words] li')].map((li) => text(li));
    expect(words).toHaveLength(6);
    expect(words[3]).toContain('XGE1/1/1 U · Unselected (Fault: LACP mode mismatch');
  });

  it('speaks Chinese when the UI does', () => {
    view = render(<PathDiagramView run={runWizard(seed)} />, 'zh-CN');
    const fig = view.container.querySelector('[data-path-diagram]')!;
    expect(text(fig.querySelector('figcaption'))).toContain('探测报文的路径');
    expect(text(fig.querySelector('figcaption'))).toContain('故障点：XGE1/1/1 — 聚合模式不一致');
    expect(fig.querySelector('svg [data-fault]')?.textContent).toContain('故障在此');
    expect(text(fig.querySelector('summary'))).toBe('路径的文字说明');
  });

  it('draws an unread hop as what to paste, and nothing marked, while the run waits', () => {
    const early = runWizard({ ...seed, pastes: seed.pastes.slice(0, 3) });
    view = render(<PathDiagramView run={early} />);
    const svg = view.container.querySelector('svg')!;
    expect(svg.querySelector('[data-fault]')).toBeNull();
    const egress = svg.querySelector('[data-hop="egress"]')!;
    expect(egress.getAttribute('data-hop-status')).toBe('waiting');
    const lines = [...egress.querySelectorAll('text')].map((t) => t.textContent);
    expect(lines.join(' ')).toContain(
      'paste display session table ipv4 destination-ip 10.197.44.201 verbose',
    );
    // The full stop after the command is not left alone on a line.
    expect(lines.at(-1)).toMatch(/verbose$/);
  });

  it('shows an invisible character in a name as a mark', () => {
    // The parsers already take them out of names; whatever reaches the drawing is shown anyway.
    const run = runWizard(seed);
    view = render(
      <PathDiagramView run={{ ...run, followed: { ...run.followed, egress: 'Reth\u202e2' } }} />,
    );
    const egress = view.container.querySelector('svg [data-hop="egress"]')!;
    expect(egress.textContent).toContain('Reth<U+202E>2');
  });
});

describe('path layout', () => {
  it('wraps text to its box, breaking inside a word only when it must', () => {
    const text = 'display session table ipv4 destination-ip 10.197.44.201 verbose';
    const lines = wrap(text, 11.5, 180);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    lines.forEach((l, i) => {
      expect(textWidth(l, 11.5)).toBeLessThanOrEqual(180);
      // Greedy: the next line's first word would not have fitted on this one.
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${l} ${next}`, 11.5)).toBeGreaterThan(180);
    });
    const long = wrap('Ten-GigabitEthernet1/2/0/43-and-more-and-more', 12.5, 100);
    expect(long.length).toBeGreaterThan(1);
    for (const l of long) expect(textWidth(l, 12.5)).toBeLessThanOrEqual(100);
  });

  it('keeps every text inside its box and the boxes apart', () => {
    const models = [
      buildPathModel(runWizard(seed)),
      buildPathModel(runWizard({ ...seed, pastes: seed.pastes.slice(0, 1) })),
    ];
    for (const [model, columns] of models.flatMap((m) => [[m, 1] as const, [m, 3] as const])) {
      const layout = layoutPath(model, 'en-US', columns);
      for (const b of layout.boxes) {
        const texts = [...b.texts, ...b.rows.flatMap((r) => r.texts)];
        for (const t of texts) {
          expect(
            t.x + textWidth(t.text, FONT[t.role], BOLD.has(t.role), t.role === 'command'),
          ).toBeLessThanOrEqual(b.w - 8);
          expect(t.y).toBeLessThanOrEqual(b.h);
        }
      }
      const xs = layout.boxes.map((b) => `${b.x},${b.y}`);
      expect(new Set(xs).size).toBe(layout.boxes.length);
      expect(layout.arrows).toHaveLength(layout.boxes.length - 1);
    }
  });
});
