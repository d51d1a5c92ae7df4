import { describe, expect, it } from 'vitest';
import { buildReport } from '../report-model';
import { reportToMarkdown } from '../report-markdown';
import { NOW, diagnosedCase, partialCase } from './sample-runs';

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
