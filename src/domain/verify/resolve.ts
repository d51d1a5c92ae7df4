/**
 * The verify step: the verification commands re-run after the fix, compared fact by fact with the
 * same outputs before it (see facts.ts). Derived from the pastes on every run, never stored.
 */
import type {
  Fact,
  FactChange,
  FactStatus,
  Localized,
  Resolution,
  ResolutionStatus,
} from '../run-types';
import type { Paste } from '../wizard-state';
import type { ParsedStep } from '../graph/parse-step';
import { kindForCommand } from '../parsers/step-commands';
import { t } from '../rules/text';
import { factsFrom } from './facts';

/** Kinds whose elements come as a set (members of one aggregate, servers of one farm, lines of one interface's configuration): one missing after the fix is news. */
const grouped = new Set<Fact['kind']>(['lag-member', 'real-server', 'reth-member', 'config']);
const scopeOf = (f: Fact) => (grouped.has(f.kind) ? f.key.slice(0, f.key.lastIndexOf('|')) : null);

function byKey(facts: Fact[]): Map<string, Fact> {
  // The last paste of an element wins: it is the latest state the engineer saw.
  const m = new Map<string, Fact>();
  for (const f of facts) m.set(f.key, f);
  return m;
}

const pick = (f: Fact) => ({ value: f.value, health: f.health, evidence: f.evidence });

function statusOf(before: Fact | undefined, after: Fact): FactStatus {
  if (!before) return after.health === 'bad' ? 'broken' : 'new';
  if (before.health === 'bad' && after.health === 'bad') return 'still-wrong';
  if (before.health === 'bad') return 'fixed';
  if (after.health === 'bad') return 'broken';
  return before.value === after.value ? 'same' : 'changed';
}

export function compareFacts(beforeFacts: Fact[], afterFacts: Fact[]): FactChange[] {
  const before = byKey(beforeFacts);
  const after = byKey(afterFacts);
  const out: FactChange[] = [];
  for (const a of after.values()) {
    const b = before.get(a.key);
    out.push({
      key: a.key,
      kind: a.kind,
      subject: a.subject,
      before: b ? pick(b) : null,
      after: pick(a),
      status: statusOf(b, a),
    });
  }
  const scopes = new Set([...after.values()].map(scopeOf).filter((s) => s !== null));
  for (const b of before.values()) {
    const scope = scopeOf(b);
    if (after.has(b.key) || scope === null || !scopes.has(scope)) continue;
    out.push({
      key: b.key,
      kind: b.kind,
      subject: b.subject,
      before: pick(b),
      after: null,
      status: 'gone',
    });
  }
  return out;
}

function named(changes: FactChange[], lang: 'en-US' | 'zh-CN'): string {
  const shown = changes.slice(0, 4).map((c) => {
    const v = c.after?.value ?? (lang === 'en-US' ? 'missing' : '缺失');
    return lang === 'en-US' ? `${c.subject}: ${v}` : `${c.subject}：${v}`;
  });
  const more = changes.length - shown.length;
  if (lang === 'en-US') return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
  return shown.join('；') + (more > 0 ? `；另有 ${more} 项` : '');
}

function verdict(facts: FactChange[]): { status: ResolutionStatus; summary: Localized } {
  const wrong = facts.filter((f) => f.after?.health === 'bad');
  const fixed = facts.filter((f) => f.status === 'fixed');
  const moved = facts.filter(
    (f) => f.status === 'changed' || f.status === 'gone' || f.status === 'new',
  );
  if (facts.length === 0) {
    return {
      status: 'not-resolved',
      summary: t(
        'Nothing in these outputs can be compared with the outputs before the fix: paste the verification commands the diagnosis lists.',
        '这些输出中没有可与修复前对比的内容：请粘贴诊断中列出的验证命令的输出。',
      ),
    };
  }
  if (wrong.length > 0) {
    return {
      status: 'not-resolved',
      summary: t(
        `Still wrong after the fix: ${named(wrong, 'en-US')}.`,
        `修复后仍有问题：${named(wrong, 'zh-CN')}。`,
      ),
    };
  }
  if (fixed.length > 0) {
    return {
      status: 'resolved',
      summary: t(
        `What was wrong is now right: ${named(fixed, 'en-US')}.`,
        `原来的问题已恢复正常：${named(fixed, 'zh-CN')}。`,
      ),
    };
  }
  if (moved.length > 0) {
    return {
      status: 'changed',
      summary: t(
        `Nothing that was wrong before is in these outputs, but other values moved: ${named(moved, 'en-US')}.`,
        `这些输出中没有修复前出问题的项，但其他值有变化：${named(moved, 'zh-CN')}。`,
      ),
    };
  }
  return {
    status: 'not-resolved',
    summary: t(
      'Nothing that was wrong before is in these outputs, and nothing changed: paste the verification commands the diagnosis lists.',
      '这些输出中没有修复前出问题的项，也没有任何变化：请粘贴诊断中列出的验证命令的输出。',
    ),
  };
}

function uncomparedReason(
  kind: ReturnType<typeof kindForCommand>,
  facts: number,
): Localized | null {
  if (kind === 'log' || kind === 'lldp')
    return t(
      'Logs and LLDP neighbours describe events and cabling, not the state a fix changes: not compared.',
      '日志和 LLDP 邻居描述的是事件和连线，而不是修复所改变的状态：不参与对比。',
    );
  if (kind === 'probe')
    return t(
      'A probe template is configuration without a state: not compared. The server farm after the fix shows whether the probe now succeeds.',
      '探测模板只是配置、没有状态：不参与对比。修复后的实服务组状态能说明探测是否成功。',
    );
  if (kind === 'redundancy')
    return t('Redundancy group output is not compared.', '冗余组输出不参与对比。');
  if (facts === 0)
    return t(
      'Read, but it holds nothing to compare (no member, server, session or ping result in it).',
      '已读取，但其中没有可对比的内容（没有成员、服务器、会话或 ping 结果）。',
    );
  return null;
}

/**
 * Compares the verify step's pastes with everything pasted before the fix. Null when nothing was
 * pasted on the verify step.
 */
export function resolveIncident(
  before: ParsedStep[],
  after: ParsedStep,
  afterPastes: Paste[],
): Resolution | null {
  if (after.pastes.length === 0) return null;
  const beforeFacts = before.flatMap((p) => factsFrom(p.inputs));
  const afterFacts = factsFrom(after.inputs);
  const uncompared: Resolution['uncompared'] = [];
  for (const p of after.pastes) {
    const kind = kindForCommand(p.command);
    if (!p.result?.value) {
      uncompared.push({
        paste: p.index,
        command: p.command,
        reason: t(
          'Could not be read as a command output this wizard knows: not compared.',
          '无法识别为本向导支持的命令输出：不参与对比。',
        ),
      });
      continue;
    }
    const reason = uncomparedReason(
      kind,
      afterFacts.filter((f) => f.evidence.paste === p.index).length,
    );
    if (reason) uncompared.push({ paste: p.index, command: p.command, reason });
  }
  const facts = compareFacts(beforeFacts, afterFacts);
  const times = afterPastes.map((p) => p.at).filter((x): x is number => x !== null);
  return { ...verdict(facts), facts, uncompared, at: times.length ? Math.max(...times) : null };
}
