import type { Finding } from '../run-types';
import type { LagData, LagGroup } from '../parsers/parsed-types';
import { sameInterface } from '../parsers/interface-config/interface-names';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { ev, fieldLine, finding, type Answers, type StepInput } from './evidence';
import { list, t } from './text';

export interface LagFacts {
  found: boolean;
  members: number;
  allSelected: boolean;
  unselected: string[];
  /** Unselected members whose Oper-Key differs from the Selected members'. */
  operKeyDiffers: string[];
}

export const lagCaptureQuestion = 'lag-capture-unselected';

function pickGroup(
  inputs: StepInput<LagData>[],
  aggregate: string | null,
): { g: LagGroup; input: StepInput<LagData> } | null {
  const all = inputs.flatMap((input) => input.value.groups.map((g) => ({ g, input })));
  if (aggregate) return all.find(({ g }) => sameInterface(g.name, aggregate)) ?? null;
  return all.find(({ g }) => g.localPorts.some((p) => p.status === 'U')) ?? all[0] ?? null;
}

export function evaluateLag(
  inputs: StepInput<LagData>[],
  ctx: RunContext,
  answers: Answers,
): Evaluation<LagFacts> {
  const findings: Finding[] = [];
  const picked = pickGroup(inputs, ctx.aggregate);
  if (!picked || picked.g.localPorts.length === 0) {
    const names = inputs.flatMap((i) => i.value.groups.map((g) => g.name));
    findings.push(
      finding(
        'lag-group-not-found',
        'lag',
        'warning',
        t(
          `${ctx.aggregate ?? 'The aggregate'} is not in this output${names.length ? ` (it lists ${names.join(', ')})` : ''}, or it has no member ports.`,
          `输出中没有 ${ctx.aggregate ?? '该聚合口'}${names.length ? `（只有 ${names.join('、')}）` : ''}，或它没有成员端口。`,
        ),
        [],
        ctx.aggregate ? [ctx.aggregate] : [],
      ),
    );
    return {
      facts: { found: false, members: 0, allSelected: false, unselected: [], operKeyDiffers: [] },
      findings,
      context: ctx,
      waiting: true,
    };
  }
  const { g, input } = picked;
  const at = (lines: Array<number | null | undefined>) => ev('lag', input.index, lines);
  const selected = g.localPorts.filter((p) => p.status === 'S');
  const unselected = g.localPorts.filter((p) => p.status === 'U');
  const selectedKeys = new Set(
    selected.map((p) => p.operKey).filter((k): k is number => k !== null),
  );
  const keyDiffers = unselected.filter(
    (p) => p.operKey !== null && selectedKeys.size > 0 && !selectedKeys.has(p.operKey),
  );
  const modeLine = fieldLine(input.text, g.fieldLines, ['mode'], /Aggregation Mode/i, g.line);
  const modeEv = at([modeLine]);
  const modeText =
    g.mode === 'dynamic' ? t('dynamic (LACP)', '动态聚合（LACP）') : t('static', '静态聚合');
  findings.push(
    finding(
      'lag-mode',
      'lag',
      'info',
      t(`${g.name} is ${modeText['en-US']}.`, `${g.name} 为${modeText['zh-CN']}。`),
      [modeEv],
      [g.name, g.mode],
    ),
  );

  if (unselected.length === 0 && selected.length === g.localPorts.length) {
    findings.push(
      finding(
        'lag-all-selected',
        'lag',
        'ok',
        t(
          `Every member of ${g.name} is Selected (${list(selected.map((p) => p.port))['en-US']}).`,
          `${g.name} 的所有成员端口均为选中状态（${list(selected.map((p) => p.port))['zh-CN']}）。`,
        ),
        [at(selected.map((p) => p.line))],
        [g.name, ...selected.map((p) => p.port)],
      ),
    );
  }
  for (const p of unselected) {
    const sel = selected.map((s) => s.port);
    findings.push(
      finding(
        `lag-member-unselected:${p.port}`,
        'lag',
        'problem',
        t(
          `${p.port} is Unselected (U) in ${g.name}${sel.length ? ` while ${list(sel)['en-US']} ${sel.length === 1 ? 'is' : 'are'} Selected` : ''}: it cannot forward, so flows the peer hashes onto it are lost.`,
          `${p.port} 在 ${g.name} 中为非选中状态（U）${sel.length ? `，而 ${list(sel)['zh-CN']} 为选中状态` : ''}：该端口不能转发，对端哈希到它上面的流量会丢失。`,
        ),
        [at([p.line, ...selected.map((s) => s.line)])],
        [p.port, g.name],
      ),
    );
    if (keyDiffers.includes(p)) {
      findings.push(
        finding(
          `lag-oper-key-differs:${p.port}`,
          'lag',
          'problem',
          t(
            `${p.port} has Oper-Key ${p.operKey} while the Selected members have ${[...selectedKeys].join(', ')}: its speed, duplex or attribute configuration differs.`,
            `${p.port} 的 Oper-Key 为 ${p.operKey}，而选中端口为 ${[...selectedKeys].join('、')}：速率、双工或属性配置不一致。`,
          ),
          [at([p.line, ...selected.map((s) => s.line)])],
          [p.port, g.name],
        ),
      );
    }
    const remote = g.remotePorts.find((r) => sameInterface(r.port, p.port));
    const defaulted =
      g.mode === 'dynamic' &&
      ((p.flags ?? '').includes('G') || /0000-0000-0000/.test(remote?.systemId ?? ''));
    if (defaulted) {
      findings.push(
        finding(
          `lag-no-lacp-partner:${p.port}`,
          'lag',
          'warning',
          t(
            `${p.port} flags {${p.flags ?? ''}}${remote?.systemId ? `, partner ${remote.systemId}` : ''}: no LACPDU received from the peer (G = Defaulted). The peer end may be a static aggregate.`,
            `${p.port} 标志位 {${p.flags ?? ''}}${remote?.systemId ? `，对端系统 ID ${remote.systemId}` : ''}：未收到对端的 LACP 报文（G = Defaulted），对端可能是静态聚合。`,
          ),
          [at([p.line, remote?.line])],
          [p.port, g.name],
        ),
      );
    }
  }
  const firstU = unselected[0];
  const answer = answers[lagCaptureQuestion];
  if (firstU && answer) {
    const server = ctx.lostServer ?? ctx.target?.address ?? 'the server';
    findings.push(
      answer === 'yes'
        ? finding(
            'lag-capture-on-unselected',
            'lag',
            'problem',
            t(
              `A capture on ${firstU.port} showed traffic to or from ${server}: the peer sends on a link ${g.name} has Unselected.`,
              `在 ${firstU.port} 上抓包看到了与 ${server} 交互的报文：对端在本端未选中的链路上发送流量。`,
            ),
            [at([firstU.line])],
            [firstU.port, server],
          )
        : finding(
            'lag-capture-none',
            'lag',
            'info',
            t(
              `A capture on ${firstU.port} showed no traffic for ${server}.`,
              `在 ${firstU.port} 上抓包没有看到 ${server} 的报文。`,
            ),
            [at([firstU.line])],
            [firstU.port, server],
          ),
    );
  }
  return {
    facts: {
      found: true,
      members: g.localPorts.length,
      allSelected: unselected.length === 0 && selected.length === g.localPorts.length,
      unselected: unselected.map((p) => p.port),
      operKeyDiffers: keyDiffers.map((p) => p.port),
    },
    findings,
    context: {
      ...ctx,
      aggregate: g.name,
      lagMode: g.mode,
      lagModeEvidence: modeEv.lines.length ? modeEv : null,
      selectedPorts: selected.map((p) => p.port),
      unselectedPorts: unselected.map((p) => p.port),
      operKeyPorts: keyDiffers.map((p) => p.port),
    },
  };
}
