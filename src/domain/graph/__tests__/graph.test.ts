import { describe, expect, it } from 'vitest';
import { graphStepIds as stepIds, type GraphStepId as StepId } from '../../wizard-state';
import { diagnosisIds } from '../../run-types';
import { guardFor, guards } from '../guards';
import { firstStep, stepGraph, type StepNode } from '../step-graph';

const nodes = () => stepIds.map((s) => stepGraph[s] as StepNode<StepId>);

/** Every path from the first step to a diagnosis, as `a > b > diagnosis:x [guard]`. */
function allPaths(): string[] {
  const out: string[] = [];
  const walk = (step: StepId, trail: string[]) => {
    for (const tr of (stepGraph[step] as StepNode<StepId>).transitions) {
      const hop = `${step}[${tr.guard}]`;
      if ('diagnosis' in tr.to) out.push([...trail, hop, tr.to.diagnosis].join(' > '));
      else {
        const next = tr.to.step;
        if (!trail.some((h) => h.startsWith(`${next}[`))) walk(next, [...trail, hop]);
      }
    }
  };
  walk(firstStep, []);
  return out;
}

describe('step graph', () => {
  it('has a node for every step id, keyed by its own id', () => {
    for (const s of stepIds) expect(stepGraph[s].id).toBe(s);
  });

  it('names only defined guards, ends every step with the otherwise fallback and uses it once', () => {
    for (const n of nodes()) {
      expect(n.transitions.length).toBeGreaterThan(0);
      for (const tr of n.transitions)
        expect(guardFor(n.id, tr.guard), `${n.id}: ${tr.guard}`).toBeTypeOf('function');
      expect(n.transitions[n.transitions.length - 1]?.guard).toBe('otherwise');
      expect(n.transitions.filter((tr) => tr.guard === 'otherwise')).toHaveLength(1);
    }
  });

  it('defines no guard that the graph never uses', () => {
    for (const s of stepIds) {
      const used = new Set(stepGraph[s].transitions.map((tr) => tr.guard as string));
      expect(
        Object.keys(guards[s]).filter((g) => !used.has(g)),
        s,
      ).toEqual([]);
    }
  });

  it('reaches every step from farm-status, targets only known steps and diagnoses, and has no dead end', () => {
    const seen = new Set<StepId>([firstStep]);
    const queue: StepId[] = [firstStep];
    while (queue.length) {
      const s = queue.shift() as StepId;
      for (const tr of stepGraph[s].transitions) {
        if ('step' in tr.to) {
          expect(stepIds).toContain(tr.to.step);
          if (!seen.has(tr.to.step)) {
            seen.add(tr.to.step);
            queue.push(tr.to.step);
          }
        } else expect(diagnosisIds).toContain(tr.to.diagnosis);
      }
    }
    expect([...seen].sort()).toEqual([...stepIds].sort());
    // No dead end: from every step some path ends in a diagnosis (no cycles either: see paths below).
    for (const p of allPaths()) expect(diagnosisIds.some((d) => p.endsWith(d))).toBe(true);
  });

  it('reaches every diagnosis id', () => {
    const ends = new Set(allPaths().map((p) => p.split(' > ').pop()));
    expect(diagnosisIds.filter((d) => !ends.has(d))).toEqual([]);
  });

  it('has no cycle', () => {
    const visiting = new Set<StepId>();
    const dfs = (s: StepId) => {
      expect(visiting.has(s), `cycle through ${s}`).toBe(false);
      visiting.add(s);
      for (const tr of stepGraph[s].transitions) if ('step' in tr.to) dfs(tr.to.step);
      visiting.delete(s);
    };
    dfs(firstStep);
  });

  it('lists every path through the graph', () => {
    expect(allPaths()).toMatchInlineSnapshot(`
      [
        "farm-status[all-active] > farm-healthy",
        "farm-status[only-shutdown] > real-server-shutdown",
        "farm-status[only-inactive] > real-server-inactive",
        "farm-status[only-slow-online] > slow-online",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-session] > probe-not-sent",
        "farm-status[any-probe-failed] > ping[otherwise] > session[vpn-mismatch] > vpn-instance-mismatch",
        "farm-status[any-probe-failed] > ping[otherwise] > session[server-reset] > server-port-closed",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[timeout-too-short] > probe-timeout-too-short",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[tls-handshake-fails] > probe-tls-failure",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[http-expectations] > probe-l7-mismatch",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[answer-never-arrives] > path-mtu[large-packets-lost] > path-mtu-blackhole",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[answer-never-arrives] > path-mtu[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[replied] > probe-template[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[partners-differ] > lag-cross-connected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[all-selected] > member-interfaces[member-faulty] > lag-member-faulty",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[all-selected] > member-interfaces[members-healthy] > server-no-reply",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[all-selected] > member-interfaces[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[oper-key-differs] > lag-member-unselected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[unselected] > peer-config[members-split] > lag-cross-connected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[unselected] > peer-config[mode-mismatch] > lacp-mode-mismatch",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[unselected] > peer-config[attributes-differ] > lag-member-unselected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[unselected] > peer-config[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-aggregate] > lag[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[member-inactive] > reth-member-inactive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-port] > arp[unresolved] > arp-unresolved",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-port] > arp[resolved] > server-no-reply",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[forwarding-is-port] > arp[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-reth] > reth[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[partners-differ] > lag-cross-connected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[all-selected] > member-interfaces[member-faulty] > lag-member-faulty",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[all-selected] > member-interfaces[members-healthy] > server-no-reply",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[all-selected] > member-interfaces[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[oper-key-differs] > lag-member-unselected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[unselected] > peer-config[members-split] > lag-cross-connected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[unselected] > peer-config[mode-mismatch] > lacp-mode-mismatch",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[unselected] > peer-config[attributes-differ] > lag-member-unselected",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[unselected] > peer-config[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply-via-aggregate] > lag[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply] > arp[unresolved] > arp-unresolved",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply] > arp[resolved] > server-no-reply",
        "farm-status[any-probe-failed] > ping[otherwise] > session[no-reply] > arp[otherwise] > inconclusive",
        "farm-status[any-probe-failed] > ping[otherwise] > session[otherwise] > inconclusive",
        "farm-status[otherwise] > inconclusive",
      ]
    `);
  });

  it('gives every question a stable kebab-case id and both languages', () => {
    for (const n of nodes()) {
      for (const q of n.questions) {
        expect(q.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(q.text['en-US']).not.toBe('');
        expect(q.text['zh-CN']).not.toBe('');
      }
    }
  });
});
