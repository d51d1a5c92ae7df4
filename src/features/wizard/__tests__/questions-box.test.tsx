// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '@/domain/run-types';
import { useWizardStore } from '@/stores/wizard-store';
import { QuestionsBox } from '../questions-box';
import { render, text, type Rendered } from '@/testing/render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const capture: Question = {
  id: 'lag-capture-unselected',
  text: {
    'en-US': 'Did a capture on XGE1/1/1 show traffic to or from 10.197.44.200?',
    'zh-CN': '在 XGE1/1/1 上抓包是否看到了与 10.197.44.200 交互的报文？',
  },
  answer: null,
  command:
    'packet-capture interface XGE1/1/1 capture-filter "host 10.197.44.200" limit-captured-frames 50',
};

describe('QuestionsBox', () => {
  it('shows the capture command with a copy button under the question, then yes/no', () => {
    view = render(<QuestionsBox questions={[capture]} />);
    const q = view.container.querySelector('[data-question="lag-capture-unselected"]')!;
    expect(q.tagName).toBe('FIELDSET');
    expect(text(q.querySelector('legend'))).toBe(capture.text['en-US']);
    expect(text(q.querySelector('[data-question-command]'))).toBe(capture.command);
    const copy = q.querySelector('button[data-slot="copy-button"]')!;
    expect(copy.getAttribute('aria-label')).toBe(`Copy: ${capture.command}`);
    const radios = [...q.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => text(r.closest('label')))).toEqual(['Yes', 'No']);
    act(() => radios[1]!.click());
    expect(useWizardStore.getState().wizard.answers).toEqual({ 'lag-capture-unselected': 'no' });
  });

  it('does not ask a question the pasted output already answers', () => {
    const answered: Question = {
      ...capture,
      answeredBy: {
        finding: 'member-counters-moving:XGE1/1/1',
        text: {
          'en-US': 'XGE1/1/1 receives 1,203 packets/s while Unselected.',
          'zh-CN': 'XGE1/1/1 在非选中状态下仍以 1,203 包/秒接收报文。',
        },
      },
    };
    view = render(<QuestionsBox questions={[answered]} />, 'zh-CN');
    const section = view.container.querySelector('section')!;
    expect(text(section.querySelector('h2'))).toBe('已由输出回答的问题');
    const q = section.querySelector('[data-question="lag-capture-unselected"]')!;
    expect(q.getAttribute('data-answered-by')).toBe('member-counters-moving:XGE1/1/1');
    expect(q.querySelectorAll('input')).toHaveLength(0);
    expect(text(q)).toContain(
      '✓ 已由粘贴的输出回答：XGE1/1/1 在非选中状态下仍以 1,203 包/秒接收报文。',
    );
  });

  it('keeps the usual heading when one of several questions is still open', () => {
    view = render(
      <QuestionsBox
        questions={[
          capture,
          { ...capture, id: 'other', answeredBy: { finding: 'x', text: capture.text } },
        ]}
      />,
    );
    expect(text(view.container.querySelector('h2'))).toBe('Questions the outputs cannot answer');
    expect(view.container.querySelectorAll('fieldset')).toHaveLength(1);
  });
});
