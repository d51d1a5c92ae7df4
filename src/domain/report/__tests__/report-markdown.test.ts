import { describe, expect, it } from 'vitest';
import { nothingFollowed } from '../../run-types';
import { buildReport } from '../report-model';
import { reportToMarkdown } from '../report-markdown';
import { L, NOW, diagnosedCase, partialCase } from './sample-runs';

describe('reportToMarkdown golden files', () => {
  for (const lang of ['en-US', 'zh-CN'] as const) {
    it(`diagnosed run, ${lang}`, async () => {
      const { state, run } = diagnosedCase();
      const md = reportToMarkdown(buildReport(state, run, lang, { now: NOW }));
      await expect(md).toMatchFileSnapshot(`./golden/diagnosed.${lang}.md`);
    });

    it(`partial run, ${lang}`, async () => {
      const { state, run } = partialCase();
      const md = reportToMarkdown(buildReport(state, run, lang, { now: NOW }));
      await expect(md).toMatchFileSnapshot(`./golden/partial.${lang}.md`);
    });
  }
});

describe('reportToMarkdown', () => {
  it('fences a paste so its own backtick fences cannot break out', () => {
    const { state, run } = diagnosedCase();
    const hostile = 'interface Reth2\n```\n# not a heading\n````\n <script>x</script>';
    state.pastes = state.pastes.map((p) => (p.step === 'reth' ? { ...p, text: hostile } : p));
    const md = reportToMarkdown(buildReport(state, run, 'en-US', { now: NOW }));
    expect(md).toContain(
      '`````text\ninterface Reth2\n```\n# not a heading\n````\n <script>x</script>\n`````',
    );
    // The quoted evidence line 5 is in a fence too, and line 6 no longer exists.
    expect(md).toContain('   5 |  <script>x</script>\n   6 | (line not in the paste)');
  });

  it('escapes Markdown in free text but keeps the code spans the rules wrote', () => {
    const { state, run } = diagnosedCase();
    const md = reportToMarkdown(
      buildReport(state, run, 'en-US', { now: NOW, title: '*INC* <b>1</b> #2' }),
    );
    expect(md.split('\n')[0]).toBe('# \\*INC\\* &lt;b&gt;1&lt;/b&gt; \\#2');
    expect(md).toContain('has no `link-aggregation mode dynamic`: it is static.');
  });

  it('writes each fix block with the view lines first, ready to paste', () => {
    const { state, run } = diagnosedCase();
    const md = reportToMarkdown(buildReport(state, run, 'en-US', { now: NOW }));
    expect(md).toContain(
      '## Fix\n\n### 1. Peer switch\n\n```\nsystem-view\ninterface Bridge-Aggregation33\nlink-aggregation mode dynamic\n```',
    );
  });

  it('has no fix, rollback or verification for a partial run, but the next command', () => {
    const { state, run } = partialCase();
    const md = reportToMarkdown(buildReport(state, run, 'en-US', { now: NOW }));
    expect(md).not.toContain('## Fix');
    expect(md).not.toContain('## Rollback');
    expect(md).toContain('## Current step: Link aggregation (waiting for input)');
    expect(md).toContain('   ```\n   display link-aggregation verbose Route-Aggregation 1\n   ```');
  });

  it('renders an empty run as a report that says nothing is known yet', () => {
    const md = reportToMarkdown(
      buildReport(
        { pastes: [], answers: {}, server: null, farm: null },
        {
          steps: [],
          path: [],
          current: 'farm-status',
          diagnosis: null,
          findings: [],
          question: null,
          timeline: [],
          followed: nothingFollowed,
          resolution: null,
        },
        'en-US',
        { now: NOW },
      ),
    );
    expect(md).toContain('- Nothing has been pasted yet.');
    expect(md).toContain('1. **Server farm status**: waiting for input');
    expect(md).toContain('## Findings\n\nNo findings.');
    expect(md.endsWith('## Appendix: pasted outputs\n\nNothing has been pasted.\n')).toBe(true);
  });
});

describe('reportToMarkdown: inconclusive', () => {
  it('says what is known and what to run next', () => {
    const { state, run } = diagnosedCase();
    run.diagnosis = {
      id: 'inconclusive',
      title: L('Inconclusive', '无法确定'),
      cause: L('No rule fits the outputs pasted.', '没有规则符合已粘贴的输出。'),
      findings: [],
      evidence: [],
      fix: [],
      rollback: [],
      verify: [],
      known: [
        L(
          'Both members of Route-Aggregation1 are Selected.',
          'Route-Aggregation1 的两个成员均为 Selected。',
        ),
      ],
      next: [
        {
          device: L('Real server (host)', '实服务器（主机）'),
          command: 'tcpdump -ni any host 10.197.0.122 and port 80',
        },
      ],
    };
    const md = reportToMarkdown(buildReport(state, run, 'zh-CN', { now: NOW }));
    expect(md).toContain(
      '## 诊断：无法确定\n\n**原因**：没有规则符合已粘贴的输出。\n\n**已知情况**\n\n- Route-Aggregation1 的两个成员均为 Selected。\n',
    );
    expect(md).toContain(
      '1. **实服务器（主机）**\n\n   ```\n   tcpdump -ni any host 10.197.0.122 and port 80\n   ```',
    );
    expect(md).toContain('## 修复\n\n无。\n');
  });
});
