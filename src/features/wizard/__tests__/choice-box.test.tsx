// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Choice, Decision } from '@/domain/run-types';
import { useWizardStore } from '@/stores/wizard-store';
import { ChoiceBox } from '../choice-box';
import { labelText, render, text, type Rendered } from '@/testing/render';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const farmChoice = (selected: string | null, byUser = false): Choice => ({
  kind: 'farm',
  question: {
    'en-US': 'Which server farm should the wizard follow?',
    'zh-CN': '向导要排查哪个实服务组？',
  },
  options: [
    {
      value: 'sf-portal',
      label: 'sf-portal',
      summary: { 'en-US': '2/2 Active', 'zh-CN': '可用 2/2' },
      failing: false,
      evidence: [],
    },
    {
      value: 'sf-app',
      label: 'sf-app',
      summary: { 'en-US': '0/2 Active (2 Probe-failed)', 'zh-CN': '可用 0/2（探测失败 2 台）' },
      failing: true,
      evidence: [],
    },
    {
      value: 'sf-api',
      label: 'sf-api',
      summary: { 'en-US': '2/3 Active (1 Probe-failed)', 'zh-CN': '可用 2/3（探测失败 1 台）' },
      failing: true,
      evidence: [],
    },
  ],
  selected,
  byUser,
  reason: selected === null ? null : { 'en-US': 'You chose it.', 'zh-CN': '由你选定。' },
});

const toPing: Decision = {
  guard: 'any-probe-failed',
  to: { step: 'ping' },
  reason: { 'en-US': 'Real servers are Probe-failed.', 'zh-CN': '存在探测失败的实服务器。' },
};

const radios = (el: HTMLElement) => [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('ChoiceBox', () => {
  it('while the run waits, asks for the farm first, with each farm and its state', () => {
    view = render(<ChoiceBox choice={farmChoice(null)} decision={null} diagnosisTitle={null} />);
    const box = view.container.querySelector('section')!;
    expect(box.dataset.waiting).toBe('true');
    expect(text(box.querySelector('h2'))).toBe('▶Choose the server farm to follow');
    expect(text(box.querySelector('legend'))).toBe('Which server farm should the wizard follow?');
    // A fieldset named by its legend: one radio group.
    expect(box.querySelector('fieldset legend')).not.toBeNull();
    const r = radios(box);
    expect(r.map(labelText)).toEqual([
      'sf-portal ✓Healthy 2/2 Active',
      'sf-app ■Failing 0/2 Active (2 Probe-failed)',
      'sf-api ■Failing 2/3 Active (1 Probe-failed)',
    ]);
    expect(r.some((x) => x.checked)).toBe(false);
    expect(new Set(r.map((x) => x.name)).size).toBe(1);
  });

  it('choosing a farm puts it in the state (which the URL and localStorage carry)', () => {
    view = render(<ChoiceBox choice={farmChoice(null)} decision={null} diagnosisTitle={null} />);
    useWizardStore.setState({
      wizard: { pastes: [], answers: {}, server: '10.0.0.9', farm: null },
    });
    act(() => radios(view!.container)[1]!.click());
    expect(useWizardStore.getState().wizard.farm).toBe('sf-app');
    // Another farm's story starts over: the server chosen before no longer applies.
    expect(useWizardStore.getState().wizard.server).toBeNull();
  });

  it('once chosen, says which and why, keeps the choice changeable and offers the next step', () => {
    view = render(
      <ChoiceBox choice={farmChoice('sf-app', true)} decision={toPing} diagnosisTitle={null} />,
    );
    const box = view.container.querySelector('section')!;
    expect(box.dataset.waiting).toBe('false');
    expect(text(box.querySelector('h2'))).toBe('Following server farm sf-app');
    expect(text(box)).toContain('Why this one: You chose it. To follow another, choose it below.');
    expect(radios(box).map((r) => r.checked)).toEqual([false, true, false]);
    const link = box.querySelector('a')!;
    expect(text(link)).toBe('Continue to “Ping the real servers”');
    expect(link.getAttribute('href')).toBe('/step/ping');
    const clear = [...box.querySelectorAll('button')].find(
      (b) => text(b) === 'Let the wizard choose',
    );
    useWizardStore.setState({ wizard: { pastes: [], answers: {}, server: null, farm: 'sf-app' } });
    act(() => clear!.click());
    expect(useWizardStore.getState().wizard.farm).toBeNull();
  });

  it("the engine's pick of a server: which, why, no continue button", () => {
    const choice: Choice = {
      kind: 'server',
      question: {
        'en-US': 'Which real server should the wizard follow?',
        'zh-CN': '向导要跟踪哪台实服务器？',
      },
      options: [
        {
          value: '10.197.44.200',
          label: 'test1 (10.197.44.200)',
          summary: { 'en-US': 'Probe-failed, no ping reply', 'zh-CN': '探测失败，ping 不通' },
          failing: true,
          evidence: [],
        },
        {
          value: '10.197.44.201',
          label: 'test2 (10.197.44.201)',
          summary: { 'en-US': 'Probe-failed, answers ping', 'zh-CN': '探测失败，可以 ping 通' },
          failing: true,
          evidence: [],
        },
      ],
      selected: '10.197.44.201',
      byUser: false,
      reason: {
        'en-US': 'It answers ping yet fails the probe.',
        'zh-CN': '它可以 ping 通但探测失败。',
      },
    };
    view = render(
      <ChoiceBox
        choice={choice}
        decision={{ ...toPing, to: { step: 'session' } }}
        diagnosisTitle={null}
      />,
      'zh-CN',
    );
    const box = view.container.querySelector('section')!;
    expect(text(box.querySelector('h2'))).toBe('正在跟踪实服务器 test2 (10.197.44.201)');
    expect(text(box)).toContain('选择原因：它可以 ping 通但探测失败。');
    expect(box.querySelector('a')).toBeNull();
    expect(box.querySelector('button')).toBeNull();
    act(() => radios(box)[0]!.click());
    expect(useWizardStore.getState().wizard.server).toBe('10.197.44.200');
  });
});
