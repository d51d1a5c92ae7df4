import { describe, expect, it } from 'vitest';
import { nothingFollowed, type Run } from '../../run-types';
import { emptyState } from '../../wizard-state';
import { cliBlockText } from '../fix-text';
import { buildReport, formatTime } from '../report-model';
import { NOW, T0, diagnosedCase, findings, partialCase, seedTexts } from './sample-runs';

describe('buildReport: diagnosed run', () => {
  const { state, run } = diagnosedCase();
  const en = buildReport(state, run, 'en-US', { now: NOW });
  const zh = buildReport(state, run, 'zh-CN', { now: NOW });

  it('titles the report from the farm-status facts', () => {
    expect(en.title).toBe('Server farm test-01: 0 active real servers');
    expect(zh.title).toBe('实服务组 test-01：可用实服务器 0 个');
  });

  it('takes an explicit title over the derived one', () => {
    expect(buildReport(state, run, 'en-US', { now: NOW, title: 'INC-4711' }).title).toBe(
      'INC-4711',
    );
  });

  it('is diagnosed, with the diagnosis in the chosen language', () => {
    expect(en.status).toBe('diagnosed');
    expect(en.statusText).toBe('diagnosed');
    expect(en.diagnosis?.id).toBe('lacp-mode-mismatch');
    expect(en.diagnosis?.title).toBe('LACP mode mismatch');
    expect(zh.diagnosis?.title).toBe('LACP 模式不一致');
    expect(en.current).toBeNull();
    expect(en.knownSoFar).toEqual([]);
  });

  it('prints the generated time in UTC by default', () => {
    expect(en.generatedAt).toBe(NOW);
    expect(en.generatedText).toBe('2023-06-25 14:30:00 UTC');
  });

  it('lists the path as turns with reason, guard and where each went', () => {
    expect(en.path.map((t) => t.step)).toEqual([
      'farm-status',
      'ping',
      'session',
      'reth',
      'lag',
      'peer-config',
    ]);
    const first = en.path[0];
    expect(first?.reason).toBe('Real servers are Probe-failed.');
    expect(first?.guard).toBe('any-probe-failed');
    expect(first?.to).toEqual({ kind: 'step', id: 'ping', title: 'Ping the failed real servers' });
    expect(en.path[5]?.to).toEqual({
      kind: 'diagnosis',
      id: 'lacp-mode-mismatch',
      title: 'LACP mode mismatch',
    });
    expect(en.path[4]?.questions).toEqual([
      {
        id: 'capture-on-unselected',
        text: 'Did a capture on XGE1/1/1 show traffic to or from 10.197.44.200?',
        answer: 'yes',
        answerText: 'yes',
      },
    ]);
    expect(zh.path[4]?.questions[0]?.answerText).toBe('是');
  });

  it('resolves evidence to the quoted lines of the right paste, sorted and without repeats', () => {
    const session = en.findings.find((f) => f.id === 'session-syn-sent');
    const ev = session?.evidence[0];
    expect(ev?.lines.map((l) => l.lineNo)).toEqual([19, 20, 26]);
    expect(ev?.lines.map((l) => l.text)).toEqual([
      '  Inbound interface: Reth2',
      'State: TCP_SYN_SENT',
      'Responder->Initiator:            0 packets          0 bytes',
    ]);
    expect(ev?.lines[0]).toMatchObject({ step: 'session', pasteIndex: 0, lineNo: 19 });
  });

  it('indexes evidence within the step, not within all pastes', () => {
    const ping = en.findings.find((f) => f.id === 'ping-partial-loss');
    expect(ping?.evidence.map((e) => e.pasteIndex)).toEqual([0, 1]);
    expect(ping?.evidence[0]?.lines[0]?.text).toContain('0 packet(s) received');
    expect(ping?.evidence[1]?.lines[0]?.text).toContain('5 packet(s) received');
    expect(ping?.evidence[1]?.pasteLabel).toBe('paste 2');
    expect(ping?.evidence[1]?.at).toBe(T0 + 3 * 60_000);
    expect(ping?.evidence[1]?.pastedText).toBe('pasted 2023-06-25 13:58:00 UTC');
  });

  it('marks the findings the diagnosis names', () => {
    expect(en.findings.filter((f) => f.key).map((f) => f.id)).toEqual([
      'lag-member-unselected',
      'peer-aggregate-static',
    ]);
  });

  it('gives each finding its severity, text and subjects in the chosen language', () => {
    const f = zh.findings.find((x) => x.id === 'reth-forwarding-member');
    expect(f?.severity).toBe('info');
    expect(f?.severityLabel).toBe('信息');
    expect(f?.text).toBe(findings.rethMember.text['zh-CN']);
    expect(f?.subjects).toEqual(['Reth2', 'Route-Aggregation1.1973']);
    expect(f?.stepTitle).toBe('Reth 接口');
  });

  it('carries fix and rollback blocks with the exact copy text, and the verification', () => {
    expect(en.fix).toHaveLength(1);
    expect(en.fix[0]?.device).toBe('Peer switch');
    expect(zh.fix[0]?.device).toBe('对端交换机');
    expect(en.fix[0]?.text).toBe(
      'system-view\ninterface Bridge-Aggregation33\nlink-aggregation mode dynamic',
    );
    expect(en.rollback[0]?.text).toBe(cliBlockText(run.diagnosis!.rollback[0]!));
    expect(en.verify.map((v) => v.command)).toEqual([
      'display link-aggregation verbose Route-Aggregation 1',
      'display server-farm test-01',
    ]);
    expect(zh.verify[0]?.expect).toBe('XGE1/1/0 和 XGE1/1/1 均为 Selected（S）。');
  });

  it('lists every paste in the order pasted, with its time or "time not recorded"', () => {
    expect(en.pastes.map((p) => [p.step, p.pasteIndex])).toEqual([
      ['farm-status', 0],
      ['ping', 0],
      ['ping', 1],
      ['session', 0],
      ['reth', 0],
      ['lag', 0],
      ['peer-config', 0],
    ]);
    const reth = en.pastes[4];
    expect(reth?.at).toBeNull();
    expect(reth?.atText).toBe('time not recorded');
    expect(zh.pastes[4]?.atText).toBe('未记录时间');
    expect(en.pastes[0]?.atText).toBe('2023-06-25 13:55:00 UTC');
    expect(en.pastes[0]?.text).toBe(seedTexts.farmText);
    expect(en.pastes[0]?.lineCount).toBe(22);
    expect(en.pastes[0]?.lineCountText).toBe('22 lines');
  });

  it('gives the UI the static labels in the chosen language', () => {
    expect(en.labels.fix).toBe('Fix');
    expect(zh.labels.fix).toBe('修复');
    expect(zh.labels.severity.problem).toBe('问题');
    expect(Object.values(en.labels).some((v) => typeof v === 'function')).toBe(false);
  });
});

describe('buildReport: partial run', () => {
  const { state, run } = partialCase();
  const en = buildReport(state, run, 'en-US', { now: NOW });

  it('is partial and says what is known so far, in path order, without ok findings', () => {
    expect(en.status).toBe('partial');
    expect(en.statusText).toBe('partial (what is known so far)');
    expect(en.diagnosis).toBeNull();
    expect(en.knownSoFar.map((k) => k.severity)).toEqual(['problem', 'warning', 'problem', 'info']);
    expect(en.knownSoFar[0]?.text).toBe(findings.probeFailed.text['en-US']);
  });

  it('names the current step and the commands to run there', () => {
    expect(en.current?.step).toBe('lag');
    expect(en.current?.title).toBe('Link aggregation');
    expect(en.current?.commands).toEqual([
      {
        device: 'Load balancer',
        command: 'display link-aggregation verbose Route-Aggregation 1',
        purpose: 'Which members of Route-Aggregation1 are Selected.',
      },
    ]);
    expect(en.current?.questions[0]?.answerText).toBe('not answered');
  });

  it('has the decided steps in its path and no fix yet', () => {
    expect(en.path.map((t) => t.step)).toEqual(['farm-status', 'ping', 'session', 'reth']);
    expect(en.fix).toEqual([]);
    expect(en.rollback).toEqual([]);
    expect(en.verify).toEqual([]);
  });

  it('leaves out ok findings from what is known', () => {
    const withOk: Run = {
      ...run,
      findings: [...run.findings, { ...findings.rethMember, id: 'reth-ok', severity: 'ok' }],
    };
    expect(
      buildReport(state, withOk, 'en-US', { now: NOW }).knownSoFar.map((k) => k.severity),
    ).not.toContain('ok');
  });
});

describe('buildReport: edge cases', () => {
  const emptyRun: Run = {
    steps: [],
    path: [],
    current: 'farm-status',
    diagnosis: null,
    findings: [],
    question: null,
    timeline: [],
    followed: nothingFollowed,
    resolution: null,
  };

  it('uses a generic title when the farm status is not parsed', () => {
    const r = buildReport(emptyState, emptyRun, 'en-US', { now: NOW });
    expect(r.title).toBe('SLB probe-failure troubleshooting report');
    expect(buildReport(emptyState, emptyRun, 'zh-CN', { now: NOW }).title).toBe(
      'SLB 健康检测失败排查报告',
    );
    expect(r.status).toBe('partial');
    expect(r.current?.title).toBe('Server farm status');
    expect(r.pastes).toEqual([]);
  });

  it('picks out the farms that are down when a paste holds several', () => {
    const { state, run } = diagnosedCase();
    const paste = run.steps[0]?.pastes[0];
    if (!paste?.result) throw new Error('sample run lost its farm parse');
    paste.result.value = {
      farms: [
        { name: 'web', activeRealServers: 3 },
        { name: 'test-01', activeRealServers: 0 },
        { name: 'test-02', activeRealServers: 0 },
      ],
    };
    expect(buildReport(state, run, 'en-US', { now: NOW }).title).toBe(
      'Server farms test-01, test-02: 0 active real servers',
    );
    expect(buildReport(state, run, 'zh-CN', { now: NOW }).title).toBe(
      '实服务组 test-01、test-02：可用实服务器 0 个',
    );
    paste.result.value = { farms: [{ name: 'web', activeRealServers: 1 }] };
    expect(buildReport(state, run, 'en-US', { now: NOW }).title).toBe(
      'Server farm web: 1 active real server',
    );
  });

  it('maps line numbers in CRLF and CR pastes the same way', () => {
    for (const eol of ['\r\n', '\r']) {
      const { state, run } = diagnosedCase();
      state.pastes = state.pastes.map((p) =>
        p.step === 'session' ? { ...p, text: p.text.split('\n').join(eol) } : p,
      );
      const ev = buildReport(state, run, 'en-US', { now: NOW }).findings.find(
        (f) => f.id === 'session-syn-sent',
      )?.evidence[0];
      expect(ev?.lines.map((l) => l.text)).toEqual([
        '  Inbound interface: Reth2',
        'State: TCP_SYN_SENT',
        'Responder->Initiator:            0 packets          0 bytes',
      ]);
    }
  });

  it('keeps a citation of a line or paste that does not exist, marked, instead of dropping it', () => {
    const { state, run } = diagnosedCase();
    run.findings = [
      {
        ...findings.unselected,
        evidence: [
          { step: 'lag', paste: 0, lines: [9, 400] },
          { step: 'lag', paste: 3, lines: [1] },
        ],
      },
    ];
    const f = buildReport(state, run, 'en-US', { now: NOW }).findings[0];
    expect(f?.evidence[0]?.lines.map((l) => [l.lineNo, l.text])).toEqual([
      [9, '  XGE1/1/1         U       32768    3         {ACG}'],
      [400, null],
    ]);
    expect(f?.evidence[1]?.lines).toEqual([{ step: 'lag', pasteIndex: 3, lineNo: 1, text: null }]);
    expect(f?.evidence[1]?.pastedText).toBe('paste not found');
  });

  it('treats a run with a diagnosis but a current step as partial', () => {
    const { state, run } = diagnosedCase();
    expect(
      buildReport(state, { ...run, current: 'peer-config' }, 'en-US', { now: NOW }).status,
    ).toBe('partial');
  });
});

describe('formatTime', () => {
  it('prints UTC by default and a fixed offset when given', () => {
    expect(formatTime(T0)).toBe('2023-06-25 13:55:00 UTC');
    expect(formatTime(T0, 480)).toBe('2023-06-25 21:55:00 UTC+08:00');
    expect(formatTime(T0, -330)).toBe('2023-06-25 08:25:00 UTC-05:30');
  });

  it('uses the offset for every time in the report', () => {
    const { state, run } = diagnosedCase();
    const r = buildReport(state, run, 'zh-CN', { now: NOW, utcOffsetMinutes: 480 });
    expect(r.generatedText).toBe('2023-06-25 22:30:00 UTC+08:00');
    expect(r.pastes[0]?.pastedText).toBe('粘贴于 2023-06-25 21:55:00 UTC+08:00');
  });
});
