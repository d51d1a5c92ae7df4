/**
 * The probe-template step: the server answered the probe's TCP handshake, so what the probe expects
 * next decides the cause. Read with the session and the ping round-trip times: a timeout shorter
 * than the server's replies, a TLS handshake the LB ends, an HTTP answer the template does not
 * accept, or a response that never arrives (the path MTU, next step).
 */
import type { Evidence, Finding } from '../run-types';
import type { ProbeTemplate, ProbeTemplateData } from '../parsers/parsed-types';
import type { RunContext } from './context';
import type { Evaluation } from './evaluate-farm-status';
import { sessionKind } from './evaluate-session';
import { ev, finding, type StepInput } from './evidence';
import { list, t } from './text';

export interface TemplateFacts {
  found: boolean;
  timeoutBelowRtt: boolean;
  tls: boolean;
  tlsAbort: boolean;
  /** The template waits for an answer after the handshake (HTTP, HTTPS, SSL, …), unlike a TCP connect. */
  expectsResponse: boolean;
  httpExpectations: boolean;
  /** The session got the SYN-ACK and nothing after it. */
  handshakeOnly: boolean;
}

/** Device defaults when the template does not set them (Comware NQA templates). */
export const DEFAULT_TIMEOUT_MS = 3000;

const TLS_TYPES = /^(https|ssl)$/i;
const RESPONSE_TYPES = /^(http|https|ssl|ftp|dns|radius|udp)$/i;

/**
 * The template the followed probe uses: a `probe` line in the target real server's view (it takes
 * precedence over the farm's), else one of the farm's probe methods — the one whose port and type
 * fit the session — else the only template pasted.
 */
function pick(
  inputs: StepInput<ProbeTemplateData>[],
  ctx: RunContext,
):
  | { tpl: ProbeTemplate; input: StepInput<ProbeTemplateData>; others: string[] }
  | 'ambiguous'
  | null {
  const all = inputs.flatMap((input) => input.value.templates.map((tpl) => ({ tpl, input })));
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const server = ctx.target?.name ?? null;
  const byServer = inputs
    .flatMap((i) => i.value.references ?? [])
    .filter((r) => server !== null && same(r.owner.replace(/^real-server\s+/i, ''), server))
    .map((r) => r.template);
  const port = ctx.probePort;
  const score = ({ tpl }: { tpl: ProbeTemplate }) =>
    (byServer.some((n) => same(n, tpl.name)) ? 8 : 0) +
    (ctx.farmProbes.some((n) => same(n, tpl.name)) ? 4 : 0) +
    (port !== null && tpl.destinationPort === port ? 2 : 0) +
    (port !== null &&
    ((port === 443 && /^(https|ssl)$/i.test(tpl.type)) || (port === 80 && /^http$/i.test(tpl.type)))
      ? 1
      : 0);
  const used = all.filter((x) => score(x) >= 4);
  const pool = used.length > 0 ? used : all.length === 1 ? all : [];
  if (pool.length === 0) return all.length > 1 ? 'ambiguous' : null;
  const best = [...pool].sort((a, b) => score(b) - score(a))[0] as (typeof all)[number];
  return { ...best, others: pool.filter((x) => x !== best).map((x) => x.tpl.name) };
}

export function evaluateProbeTemplate(
  inputs: StepInput<ProbeTemplateData>[],
  ctx: RunContext,
): Evaluation<TemplateFacts> {
  const findings: Finding[] = [];
  const none: TemplateFacts = {
    found: false,
    timeoutBelowRtt: false,
    tls: false,
    tlsAbort: false,
    expectsResponse: false,
    httpExpectations: false,
    handshakeOnly: false,
  };
  const picked = pick(inputs, ctx);
  if (picked === null || picked === 'ambiguous') {
    const names = inputs.flatMap((i) => i.value.templates.map((x) => x.name));
    findings.push(
      finding(
        'template-not-found',
        'probe-template',
        'warning',
        picked === 'ambiguous'
          ? t(
              `The paste holds templates ${names.join(', ')}; ${ctx.farm ? `server farm ${ctx.farm}` : 'the farm'} ${ctx.farmProbes.length ? `probes with ${ctx.farmProbes.join(', ')}` : 'does not say which it uses (see `Probe method` in `display server-farm name <farm>`)'}.`,
              `粘贴内容中有模板 ${names.join('、')}；${ctx.farm ? `实服务组 ${ctx.farm}` : '实服务组'}${ctx.farmProbes.length ? `使用的是 ${ctx.farmProbes.join('、')}` : '没有说明使用哪个（见 `display server-farm name <实服务组>` 中的 `Probe method`）'}。`,
            )
          : t(
              `No probe template ${ctx.farmProbes.length ? ctx.farmProbes.join(', ') : ''} is in this paste.`,
              `粘贴内容中没有探测模板 ${ctx.farmProbes.join('、')}。`,
            ),
        [],
        ctx.farmProbes,
      ),
    );
    return { facts: none, findings, context: ctx, waiting: true };
  }
  const { tpl, input, others } = picked;
  if (others.length > 0) {
    findings.push(
      finding(
        'template-others',
        'probe-template',
        'info',
        t(
          `The farm also probes with ${others.join(', ')}; ${tpl.name} fits the session followed (its port and type).`,
          `实服务组还使用 ${others.join('、')} 探测；${tpl.name} 与所跟踪的会话相符（端口和类型）。`,
        ),
        [],
        others,
      ),
    );
  }
  const at = (keys: string[]): Evidence =>
    ev('probe-template', input.index, [tpl.line, ...keys.map((k) => tpl.fieldLines[k])]);
  const tls = TLS_TYPES.test(tpl.type) || tpl.sslClientPolicy !== null;
  const expectsResponse = RESPONSE_TYPES.test(tpl.type);
  const timeout = tpl.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settings = [
    `type ${tpl.type}`,
    tpl.destinationPort !== null ? `port ${tpl.destinationPort}` : null,
    `timeout ${timeout} ms${tpl.timeoutMs === null ? ' (default)' : ''}`,
    tpl.url ? `url ${tpl.url}` : null,
    tpl.expectStatus
      ? `expect status ${tpl.expectStatus.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(' ')}`
      : null,
    tpl.sslClientPolicy ? `ssl-client-policy ${tpl.sslClientPolicy}` : null,
  ].filter((x): x is string => x !== null);
  findings.push(
    finding(
      'template-used',
      'probe-template',
      'info',
      t(
        `${ctx.farm ? `Server farm ${ctx.farm} probes` : 'The probe runs'} with template ${tpl.name}: ${settings.join(', ')}.`,
        `${ctx.farm ? `实服务组 ${ctx.farm} 使用` : '探测使用'}模板 ${tpl.name}：${settings.join('，')}。`,
      ),
      [at(['destinationPort', 'timeoutMs', 'url', 'expectStatus', 'sslClientPolicy'])],
      [tpl.name, tpl.type],
    ),
  );

  const target = ctx.target?.address ?? null;
  const rtt = target ? ctx.pingRtt[target] : undefined;
  const timeoutEv = at(['timeoutMs']);
  const timeoutBelowRtt = rtt !== undefined && rtt.avg >= timeout;
  if (rtt && target) {
    if (timeoutBelowRtt) {
      findings.push(
        finding(
          'template-timeout-below-rtt',
          'probe-template',
          'problem',
          t(
            `Ping to ${target} takes ${round(rtt.avg)} ms on average (up to ${round(rtt.max)} ms), but template ${tpl.name} gives up after ${timeout} ms${tpl.timeoutMs === null ? ' (the default)' : ''}: the server answers, only later than the probe waits.`,
            `到 ${target} 的 ping 平均 ${round(rtt.avg)} ms（最大 ${round(rtt.max)} ms），而模板 ${tpl.name} 的超时为 ${timeout} ms${tpl.timeoutMs === null ? '（缺省值）' : ''}：服务器有回应，只是比探测等待的时间晚。`,
          ),
          [timeoutEv, rtt.evidence],
          [target, tpl.name, String(timeout)],
        ),
      );
    } else if (rtt.max >= timeout) {
      findings.push(
        finding(
          'template-timeout-near-rtt',
          'probe-template',
          'warning',
          t(
            `Some pings to ${target} take up to ${round(rtt.max)} ms, more than the ${timeout} ms template ${tpl.name} waits (average ${round(rtt.avg)} ms): some probes time out.`,
            `到 ${target} 的部分 ping 达到 ${round(rtt.max)} ms，超过模板 ${tpl.name} 的超时 ${timeout} ms（平均 ${round(rtt.avg)} ms）：部分探测会超时。`,
          ),
          [timeoutEv, rtt.evidence],
          [target, tpl.name],
        ),
      );
    }
  }

  // The session again, now knowing whether the probe speaks TLS.
  const kind = ctx.session ? sessionKind(ctx.session.s, tls) : ctx.sessionKind;
  const tlsAbort = tls && kind === 'tls-abort';
  if (tlsAbort && ctx.session) {
    findings.push(
      finding(
        'template-tls-abort',
        'probe-template',
        'problem',
        t(
          `Template ${tpl.name} is a TLS probe (${tpl.type}${tpl.sslClientPolicy ? `, SSL client policy ${tpl.sslClientPolicy}` : ''}) and its session closed right after the server's certificate arrived: the LB's TLS client rejects that certificate — untrusted (a CA its PKI domain lacks), self-signed, expired, for another name (the default certificate a server sends when the probe gives no SNI), or with a key or signature algorithm the client does not accept.`,
          `模板 ${tpl.name} 是 TLS 探测（${tpl.type}${tpl.sslClientPolicy ? `，SSL 客户端策略 ${tpl.sslClientPolicy}` : ''}），其会话在服务器证书到达后立即关闭：负载均衡设备的 TLS 客户端拒绝了该证书——不受信任（PKI 域中没有其 CA）、自签名、已过期、名称不符（探测不带 SNI 时服务器返回的缺省证书），或客户端不接受其密钥或签名算法。`,
        ),
        [at(['sslClientPolicy']), ctx.session.evidence],
        [tpl.name, ...(target ? [target] : [])],
      ),
    );
  }
  if (tls && tpl.sslClientPolicy === null) {
    findings.push(
      finding(
        'template-no-ssl-policy',
        'probe-template',
        'warning',
        t(
          `Template ${tpl.name} probes over TLS without an \`ssl-client-policy\`: the probe uses the device's default client settings (protocol versions, ciphers, no client certificate).`,
          `模板 ${tpl.name} 通过 TLS 探测但没有配置 \`ssl-client-policy\`：探测使用设备缺省的客户端设置（协议版本、加密套件、无客户端证书）。`,
        ),
        [at([])],
        [tpl.name],
      ),
    );
  }
  const httpExpectations =
    /^https?$/i.test(tpl.type) &&
    (tpl.url !== null || tpl.expectStatus !== null || tpl.expectData !== null);
  if (httpExpectations && kind === 'data-back') {
    const what = [
      tpl.url ? `URL ${tpl.url}` : null,
      tpl.expectStatus
        ? `status ${tpl.expectStatus.map(([a, b]) => (a === b ? a : `${a}–${b}`)).join(', ')}`
        : null,
      tpl.expectData ? `data "${tpl.expectData}"` : null,
      tpl.version ? `HTTP ${tpl.version}` : null,
    ].filter((x): x is string => x !== null);
    findings.push(
      finding(
        'template-http-expectations',
        'probe-template',
        'warning',
        t(
          `The server answered over TCP with data, and template ${tpl.name} expects ${list(what)['en-US']}: the answer does not meet the template's expectations (a redirect, an error page, a missing Host header).`,
          `服务器已通过 TCP 回送数据，而模板 ${tpl.name} 期望 ${list(what)['zh-CN']}：回应不符合模板的期望（重定向、错误页面或缺少 Host 头）。`,
        ),
        [at(['url', 'expectStatus', 'expectData', 'version'])],
        [tpl.name, ...(target ? [target] : [])],
      ),
    );
  }
  if (kind === 'handshake-only' && expectsResponse) {
    findings.push(
      finding(
        'template-awaits-response',
        'probe-template',
        'info',
        t(
          `Template ${tpl.name} (${tpl.type}) needs the server's answer after the handshake, and none arrived: a path that drops large packets would do exactly this.`,
          `模板 ${tpl.name}（${tpl.type}）需要握手之后服务器的回应，但没有收到：丢弃大报文的路径正会造成这种现象。`,
        ),
        [at([])],
        [tpl.name],
      ),
    );
  } else if (kind === 'handshake-only' && /^tcp$/i.test(tpl.type)) {
    findings.push(
      finding(
        'template-tcp-handshake-done',
        'probe-template',
        'warning',
        t(
          `Template ${tpl.name} is a TCP connect probe, and the session shows the handshake it needs: these outputs do not explain why it still fails${rtt ? ` (round trip ${round(rtt.avg)} ms against a ${timeout} ms timeout)` : ''}. \`display real-server\` shows each probe's state.`,
          `模板 ${tpl.name} 是 TCP 连接探测，会话显示了它所需的握手：这些输出无法解释它为何仍失败${rtt ? `（往返 ${round(rtt.avg)} ms，超时 ${timeout} ms）` : ''}。\`display real-server\` 可查看每个探测的状态。`,
        ),
        [at(['timeoutMs', 'frequencyMs'])],
        [tpl.name],
      ),
    );
  }
  if (
    tpl.destinationPort !== null &&
    ctx.probePort !== null &&
    tpl.destinationPort !== ctx.probePort
  ) {
    findings.push(
      finding(
        'template-port-differs',
        'probe-template',
        'warning',
        t(
          `Template ${tpl.name} sets destination port ${tpl.destinationPort}, but the session followed is to port ${ctx.probePort}: it may be another probe's session.`,
          `模板 ${tpl.name} 的目的端口为 ${tpl.destinationPort}，而跟踪的会话目的端口为 ${ctx.probePort}：它可能是其他探测的会话。`,
        ),
        [at(['destinationPort']), ...(ctx.session ? [ctx.session.evidence] : [])],
        [tpl.name],
      ),
    );
  }
  return {
    facts: {
      found: true,
      timeoutBelowRtt,
      tls,
      tlsAbort,
      expectsResponse,
      httpExpectations: httpExpectations && kind === 'data-back',
      handshakeOnly: kind === 'handshake-only',
    },
    findings,
    context: { ...ctx, template: tpl, sessionKind: kind },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
