/** Fills the graph's command and question templates from the run context. */
import type { Localized, NextCommand } from '../run-types';
import type { RunContext, ServerRef } from '../rules/context';
import { lbDevice, peerDevice, serverDevice, t } from '../rules/text';
import type { CommandTemplate, Device } from './step-graph';

export type Values = Record<string, string | null>;

/** Shown in place of a value no earlier step has told us. */
const unknown: Record<string, string> = {
  peerAggregate: 'Bridge-Aggregation<n>',
  aggregate: 'Route-Aggregation<n>',
  reth: 'Reth<n>',
  rethNumber: '<n>',
  target: '<server-ip>',
  ip: '<server-ip>',
  member: '<member-port>',
  peerPort: '<member-port>',
  targetName: '<real-server>',
};

const isV6 = (ip: string | null | undefined) => !!ip && ip.includes(':');

export function values(ctx: RunContext, extra: Values = {}): Values {
  const target = ctx.target ?? ctx.failedServers[0] ?? null;
  const v6 = isV6(target?.address);
  return {
    farm: ctx.farm,
    target: target?.address ?? null,
    targetName: target?.name ?? null,
    vpn: target?.vpn ?? null,
    port:
      ctx.probePort !== null ? String(ctx.probePort) : target?.port ? String(target.port) : null,
    inbound: ctx.inboundInterface,
    reth: ctx.reth,
    rethNumber: ctx.reth ? (/(\d+)\s*$/.exec(ctx.reth)?.[1] ?? null) : null,
    rethMember: ctx.rethMember,
    rethInactiveMember: ctx.rethInactiveMember,
    aggregate: ctx.aggregate,
    unselected: ctx.unselectedPorts[0] ?? null,
    lostServer: ctx.lostServer ?? target?.address ?? null,
    peerAggregate: ctx.peerAggregate,
    probeSource: ctx.probeSource,
    probeUrl: probeUrl(ctx, target?.address ?? null),
    tlsProbe: ctx.template && /^(https|ssl)$/i.test(ctx.template.type) ? 'yes' : null,
    // IPv4 needs -f; IPv6 routers never fragment. 1472/1452 bytes fill a 1500-byte packet.
    pingCmd: v6 ? 'ping ipv6' : 'ping',
    dfFlag: v6 ? '' : '-f ',
    largeSize: v6 ? '1452' : '1472',
    ...extra,
  };
}

/** The URL an HTTP(S) probe fetches, for a `curl` that asks the same; null for other probes. */
function probeUrl(ctx: RunContext, target: string | null): string | null {
  const tpl = ctx.template;
  if (!tpl || !/^https?$/i.test(tpl.type)) return null;
  if (tpl.url) return tpl.url;
  if (!target) return null;
  const port = tpl.destinationPort ?? ctx.probePort;
  return `${tpl.type.toLowerCase()}://${target}${port ? `:${port}` : ''}/`;
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

function deviceOf(device: Device, ctx: RunContext): Localized {
  if (device === 'server') return serverDevice;
  if (device === 'lb') return lbDevice;
  return ctx.peerSwitch
    ? t(`Peer switch ${ctx.peerSwitch}`, `对端交换机 ${ctx.peerSwitch}`)
    : peerDevice;
}

/** The values each repetition of a command template fills in. */
function repeats(c: CommandTemplate, ctx: RunContext): Values[] {
  if (c.each === 'failed-server') {
    const servers: ServerRef[] = ctx.failedServers;
    return servers.length ? servers.map((s) => ({ ip: s.address, vpn: s.vpn })) : [{}];
  }
  if (c.each === 'member') {
    const members = [...ctx.selectedPorts, ...ctx.unselectedPorts];
    return members.length ? members.map((m) => ({ member: m })) : [{}];
  }
  if (c.each === 'peer-port') {
    const ports = [...new Set(Object.values(ctx.peerPorts))];
    return ports.length ? ports.map((p) => ({ peerPort: p })) : [{}];
  }
  return [{}];
}

export function fillCommands(
  templates: CommandTemplate[],
  ctx: RunContext,
  extra: Values = {},
): NextCommand[] {
  const out: NextCommand[] = [];
  for (const c of templates) {
    for (const r of repeats(c, ctx)) {
      const v = values(ctx, { ...extra, ...r });
      if (c.when && !v[c.when]) continue;
      if (c.unless && v[c.unless]) continue;
      const cmd: NextCommand = { device: deviceOf(c.device, ctx), command: fill(c.template, v) };
      if (c.purpose) cmd.purpose = fillLocalized(c.purpose, v);
      out.push(cmd);
    }
  }
  return out;
}
