/** Fills the graph's command and question templates from the run context. */
import type { Localized, NextCommand } from '../run-types';
import type { RunContext, ServerRef } from '../rules/context';
import { lbDevice, peerDevice } from '../rules/text';
import type { CommandTemplate } from './step-graph';

export type Values = Record<string, string | null>;

/** Shown in place of a value no earlier step has told us. */
const unknown: Record<string, string> = {
  peerAggregate: 'Bridge-Aggregation<n>',
  aggregate: 'Route-Aggregation<n>',
  reth: 'Reth<n>',
  rethNumber: '<n>',
  target: '<server-ip>',
  ip: '<server-ip>',
};

export function values(ctx: RunContext, extra: Values = {}): Values {
  const target = ctx.target ?? ctx.failedServers[0] ?? null;
  return {
    farm: ctx.farm,
    target: target?.address ?? null,
    vpn: target?.vpn ?? null,
    inbound: ctx.inboundInterface,
    reth: ctx.reth,
    rethNumber: ctx.reth ? (/(\d+)\s*$/.exec(ctx.reth)?.[1] ?? null) : null,
    rethMember: ctx.rethMember,
    rethInactiveMember: ctx.rethInactiveMember,
    aggregate: ctx.aggregate,
    unselected: ctx.unselectedPorts[0] ?? null,
    lostServer: ctx.lostServer ?? target?.address ?? null,
    peerAggregate: ctx.peerAggregate,
    ...extra,
  };
}

/** `[...]` segments vanish when a value inside is unknown; `{x}` becomes the value or a placeholder. */
export function fill(template: string, v: Values): string {
  const optional = template.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const names = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    return names.every((n) => v[n]) ? inner : '';
  });
  return optional.replace(/\{(\w+)\}/g, (_, n: string) => v[n] ?? unknown[n] ?? `<${n}>`);
}

/** True when every `{x}` outside optional segments is known. */
export function complete(template: string, v: Values): boolean {
  const outside = template.replace(/\[[^\]]*\]/g, '');
  return [...outside.matchAll(/\{(\w+)\}/g)].every((m) => !!v[m[1] ?? '']);
}

export function fillLocalized(text: Localized, v: Values): Localized {
  return { 'en-US': fill(text['en-US'], v), 'zh-CN': fill(text['zh-CN'], v) };
}

export function fillCommands(templates: CommandTemplate[], ctx: RunContext): NextCommand[] {
  const out: NextCommand[] = [];
  for (const c of templates) {
    const servers: Array<ServerRef | null> =
      c.each === 'failed-server' ? (ctx.failedServers.length ? ctx.failedServers : [null]) : [null];
    for (const s of servers) {
      const v = values(ctx, s ? { ip: s.address, vpn: s.vpn } : {});
      const cmd: NextCommand = {
        device: c.device === 'peer' ? peerDevice : lbDevice,
        command: fill(c.template, v),
      };
      if (c.purpose) cmd.purpose = fillLocalized(c.purpose, v);
      out.push(cmd);
    }
  }
  return out;
}
