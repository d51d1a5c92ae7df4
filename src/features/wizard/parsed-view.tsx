import { createContext, useContext, useState, type ReactNode } from 'react';
import { commandLabels, type CommandId } from '@/domain/parsers/command-ids';
import type {
  ArpData,
  InterfaceConfigData,
  InterfaceData,
  InterfaceRate,
  LagData,
  LldpData,
  LogData,
  LogEvent,
  PingData,
  ProbeTemplateData,
  RethData,
  ServerFarmData,
  SessionData,
} from '@/domain/parsers/parsed-types';
import { Visible } from '@/components/visible-text';
import { useT, type Translate } from '@/i18n/use-t';
import type { ParsedPaste } from '@/domain/run-types';
import { FIRST_ROWS } from './trim-run';

interface ParsedViewProps {
  command: CommandId;
  value: unknown;
  /** The record list was cut to its first items for display: how many there are in all. */
  trimmed?: ParsedPaste['trimmed'];
}

/** The parsed data as a readable table, so the engineer can check the wizard read what they see. */
export function ParsedView({ command, value, trimmed }: ParsedViewProps) {
  const t = useT();
  const view = <ParsedTables command={command} value={value} />;
  if (!trimmed) return view;
  return (
    <TrimContext.Provider value={trimmed}>
      {trimmed.citedFirst ? (
        <p className="m-0 text-sm font-medium" data-cited-first>
          {t('citedFirst', { n: trimmed.citedFirst })}
        </p>
      ) : null}
      {view}
    </TrimContext.Provider>
  );
}

function ParsedTables({ command, value }: Omit<ParsedViewProps, 'trimmed'>) {
  const t = useT();
  if (value === null || typeof value !== 'object')
    return <p className="text-muted">{t('noParsedData')}</p>;
  const v = value as Record<string, unknown>;
  // Outputs whose shapes overlap (`display interface` also has `interfaces`) go by command first.
  switch (command) {
    case 'display-interface':
      if (Array.isArray(v.interfaces))
        return <InterfaceStatusView data={value as InterfaceData} t={t} />;
      break;
    case 'display-logbuffer':
    case 'syslog':
      if (Array.isArray(v.entries)) return <LogView data={value as LogData} t={t} />;
      break;
    case 'display-lldp-neighbor':
      if (Array.isArray(v.neighbors)) return <LldpView data={value as LldpData} t={t} />;
      break;
    case 'display-arp':
      if (Array.isArray(v.entries)) return <ArpView data={value as ArpData} t={t} />;
      break;
    case 'probe-template-configuration':
      if (Array.isArray(v.templates))
        return <ProbeTemplatesView data={value as ProbeTemplateData} t={t} />;
      break;
    default:
      break;
  }
  if (Array.isArray(v.farms)) return <FarmsView data={value as ServerFarmData} t={t} />;
  if (Array.isArray(v.pings)) return <PingsView data={value as PingData} t={t} />;
  if (Array.isArray(v.sessions)) return <SessionsView data={value as SessionData} t={t} />;
  if (Array.isArray(v.reths)) return <RethsView data={value as RethData} t={t} />;
  if (Array.isArray(v.groups)) return <LagView data={value as LagData} t={t} />;
  if (Array.isArray(v.interfaces))
    return <InterfacesView data={value as InterfaceConfigData} t={t} />;
  return <pre className="code-block text-xs">{JSON.stringify(value, null, 2).slice(0, 4000)}</pre>;
}

/** A cell holds a value, not a line: one from a hostile 20 MB line is cut so it cannot freeze the page. */
const CELL_MAX = 200;
const dash = (x: unknown): string => {
  if (x === null || x === undefined || x === '') return '—';
  const s = String(x);
  return s.length > CELL_MAX ? `${s.slice(0, CELL_MAX)}…` : s;
};
/**
 * Rows drawn at first, and added per "show more": laying out a table's cells the first time is the
 * page's costliest step (200 rows of a session table blocked it for ~110 ms); the rest are a click away.
 */
const MORE_ROWS = 100;
/** The paste's record list was cut for display (trim-run.ts): how many records it really holds. */
const TrimContext = createContext<{ shown: number; total: number } | null>(null);

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  const t = useT();
  const trim = useContext(TrimContext);
  // A table of the cut list itself has rows for every record shown: scale to the records it lost.
  const perRecord = trim && rows.length >= trim.shown ? rows.length / trim.shown : 0;
  const totalRows = rows.length + Math.round((trim ? trim.total - trim.shown : 0) * perRecord);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const shown = rows.slice(0, limit);
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="data-table">
        <caption className="py-1 text-left text-sm font-semibold">
          <Visible text={caption} />
        </caption>
        <thead>
          <tr>
            {head.map((h) => (
              // Headers may wrap: a long header must not push the last columns
              // (the session table's packets and line) out of a 1,440 px window.
              <th key={h} scope="col" className="align-bottom">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{typeof c === 'string' ? <Visible text={c} /> : c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {totalRows > shown.length && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span>… +{totalRows - shown.length}</span>
          {rows.length > shown.length && (
            <button
              type="button"
              className="btn btn-secondary px-2 py-0 text-xs"
              onClick={() => setLimit(limit + MORE_ROWS)}
            >
              {t('showMoreRows', { n: Math.min(MORE_ROWS, rows.length - shown.length) })}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

function FarmsView({ data, t }: { data: ServerFarmData; t: Translate }) {
  return (
    <div className="space-y-3">
      {data.farms.map((f, i) => (
        <div key={`${f.name}-${i}`}>
          <p className="text-sm">
            <strong>
              {t('col_farm')}
              {t('colon')}
            </strong>{' '}
            <Visible text={dash(f.name)} /> ·{' '}
            <strong>
              {t('col_predictor')}
              {t('colon')}
            </strong>{' '}
            <Visible text={dash(f.predictor)} /> ·{' '}
            <strong>
              {t('col_probes')}
              {t('colon')}
            </strong>{' '}
            {f.probeMethods.length ? f.probeMethods.join(', ') : '—'} ·{' '}
            <strong>
              {t('col_active')}
              {t('colon')}
            </strong>{' '}
            <Visible text={dash(f.activeRealServers)} /> /{' '}
            <Visible text={dash(f.totalRealServers)} />
          </p>
          {f.realServers.length > 0 && (
            <Table
              caption={f.name}
              head={[
                t('col_name'),
                t('col_state'),
                t('col_vpn'),
                t('col_address'),
                t('col_port'),
                t('col_weight'),
                t('col_priority'),
                t('col_line'),
              ]}
              rows={f.realServers.map((r) => [
                r.name,
                <StateBadge key="s" state={r.state} />,
                dash(r.vpnInstance),
                dash(r.address),
                dash(r.port),
                dash(r.weight),
                dash(r.priority),
                r.line,
              ])}
            />
          )}
        </div>
      ))}
    </div>
  );
}

function StateBadge({ state, label }: { state: string; label?: string }) {
  const good = /^(active|selected|up|s)$/i.test(state);
  return (
    <span
      className={
        good
          ? 'font-semibold text-green-800 dark:text-green-300'
          : 'font-semibold text-red-800 dark:text-red-300'
      }
    >
      {label ?? state}
    </span>
  );
}

function PingsView({ data, t }: { data: PingData; t: Translate }) {
  return (
    <Table
      caption={commandLabels.ping}
      head={[
        t('col_destination'),
        t('col_vpn'),
        t('col_sent'),
        t('col_received'),
        t('col_loss'),
        t('col_line'),
      ]}
      rows={data.pings.map((p) => [
        p.destination,
        dash(p.vpnInstance),
        dash(p.transmitted),
        dash(p.received),
        p.lossPercent === null ? '—' : `${p.lossPercent}%`,
        p.line,
      ])}
    />
  );
}

function SessionsView({ data, t }: { data: SessionData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['display-session-table-verbose']}
      head={[
        t('col_direction'),
        t('col_source'),
        t('col_destination'),
        t('col_vpn'),
        t('col_inbound'),
        t('col_state'),
        t('col_packets'),
        t('col_line'),
      ]}
      rows={data.sessions.flatMap((s) => [
        [
          t('initiator'),
          `${dash(s.initiator.sourceIp)}/${dash(s.initiator.sourcePort)}`,
          `${dash(s.initiator.destinationIp)}/${dash(s.initiator.destinationPort)}`,
          dash(s.initiator.vpnInstance),
          dash(s.initiator.inboundInterface),
          dash(s.state),
          `${dash(s.initiatorToResponder?.packets)} / ${dash(s.responderToInitiator?.packets)}`,
          s.line,
        ],
        [
          t('responder'),
          `${dash(s.responder.sourceIp)}/${dash(s.responder.sourcePort)}`,
          `${dash(s.responder.destinationIp)}/${dash(s.responder.destinationPort)}`,
          dash(s.responder.vpnInstance),
          dash(s.responder.inboundInterface),
          '',
          '',
          s.responder.line,
        ],
      ])}
    />
  );
}

function RethsView({ data, t }: { data: RethData; t: Translate }) {
  return (
    <div className="space-y-3">
      {data.reths.map((r, i) => (
        <Table
          key={`${r.name}-${i}`}
          caption={r.name}
          head={[
            t('col_member'),
            t('col_priority'),
            t('col_physical'),
            t('col_forwarding'),
            t('col_line'),
          ]}
          rows={r.members.map((m) => [
            m.interface,
            dash(m.priority),
            dash(m.physicalStatus),
            dash(m.forwardingStatus),
            m.line,
          ])}
        />
      ))}
    </div>
  );
}

function LagView({ data, t }: { data: LagData; t: Translate }) {
  return (
    <div className="space-y-3">
      {data.groups.map((g, i) => (
        <div key={`${g.name}-${i}`}>
          <p className="text-sm">
            <strong>
              {t('col_group')}
              {t('colon')}
            </strong>{' '}
            <Visible text={dash(g.name)} /> ·{' '}
            <strong>
              {t('col_mode')}
              {t('colon')}
            </strong>{' '}
            <Visible text={dash(g.mode)} />
          </p>
          {g.localPorts.length > 0 && (
            <Table
              caption={g.name}
              head={[
                t('col_member'),
                t('col_status'),
                t('col_priority'),
                t('col_operKey'),
                t('col_flags'),
                t('col_line'),
              ]}
              rows={g.localPorts.map((p) => [
                p.port,
                <StateBadge key="s" state={p.status} />,
                dash(p.priority),
                dash(p.operKey),
                dash(p.flags),
                p.line,
              ])}
            />
          )}
        </div>
      ))}
    </div>
  );
}

function InterfacesView({ data, t }: { data: InterfaceConfigData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['interface-configuration']}
      head={[
        t('col_interface'),
        t('col_description'),
        t('col_aggMode'),
        t('col_aggGroup'),
        t('col_linkType'),
        t('col_vlans'),
        t('col_line'),
      ]}
      rows={data.interfaces.map((i) => [
        i.name,
        dash(i.description),
        dash(i.aggregationMode),
        dash(i.aggregationGroup),
        dash(i.linkType),
        i.permitVlans
          ? i.permitVlans.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ')
          : '—',
        i.line,
      ])}
    />
  );
}

const num = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : x.toLocaleString('en-US');

function rate(r: InterfaceRate | null, t: Translate): string {
  if (!r || (r.packetsPerSecond === null && r.bytesPerSecond === null)) return '—';
  return t('rateValue', { pps: num(r.packetsPerSecond), bps: num(r.bytesPerSecond) });
}

function InterfaceStatusView({ data, t }: { data: InterfaceData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['display-interface']}
      head={[
        t('col_interface'),
        t('col_state'),
        t('col_lastFlap'),
        t('col_inRate'),
        t('col_outRate'),
        t('col_errors'),
        t('col_mtu'),
        t('col_speed'),
        t('col_line'),
      ]}
      rows={data.interfaces.map((i) => [
        i.name,
        i.state === null ? (
          '—'
        ) : (
          <StateBadge key="s" state={i.up ? 'up' : i.state} label={i.state} />
        ),
        dash(i.lastFlap),
        rate(i.inputRate, t),
        rate(i.outputRate, t),
        <ErrorCounts key="e" crc={i.crc} input={i.inputErrors} output={i.outputErrors} />,
        dash(i.mtu),
        [i.speed, i.duplex].filter(Boolean).join(', ') || '—',
        i.line,
      ])}
    />
  );
}

/** Error counters, in red when any is above zero (a link that corrupts or drops frames). */
function ErrorCounts(props: { crc: number | null; input: number | null; output: number | null }) {
  const values = [props.crc, props.input, props.output];
  const bad = values.some((x) => x !== null && x > 0);
  return (
    <span className={bad ? 'font-semibold text-red-800 dark:text-red-300' : undefined}>
      {values.map(num).join(' / ')}
    </span>
  );
}

function eventText(e: LogEvent | null, t: Translate): string {
  if (!e) return '—';
  switch (e.kind) {
    case 'link':
      return t('event_link', {
        interface: e.interface,
        layer: t(e.layer === 'physical' ? 'event_physical' : 'event_protocol'),
        state: t(e.up ? 'event_up' : 'event_down'),
      });
    case 'lagg-member': {
      const text = t(e.selected ? 'event_laggSelected' : 'event_laggUnselected', {
        interface: e.interface,
        group: e.group ?? '—',
      });
      return e.reason ? `${text} (${e.reason})` : text;
    }
    case 'probe': {
      const where = [e.address, e.port].filter((x) => x !== null).join(':');
      const subject =
        [e.server ?? e.template, where && `(${where})`, e.farm && `[${e.farm}]`]
          .filter(Boolean)
          .join(' ') || '—';
      return t('event_probe', { subject, state: e.state });
    }
  }
}

const badEvent = (e: LogEvent | null): boolean =>
  e !== null &&
  ((e.kind === 'link' && !e.up) ||
    (e.kind === 'lagg-member' && !e.selected) ||
    (e.kind === 'probe' && !e.ok));

function LogView({ data, t }: { data: LogData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['display-logbuffer']}
      head={[t('col_time'), t('col_module'), t('col_message'), t('col_event'), t('col_line')]}
      rows={data.entries.map((e) => [
        <span key="t" className="whitespace-nowrap">
          <Visible text={e.time} />
        </span>,
        [e.module, e.level, e.mnemonic].filter((x) => x !== null).join('/'),
        <span key="m" className="break-words">
          <Visible text={e.message} />
        </span>,
        badEvent(e.event) ? (
          <span key="e" className="font-semibold text-red-800 dark:text-red-300">
            <span aria-hidden="true">■ </span>
            {eventText(e.event, t)}
          </span>
        ) : (
          eventText(e.event, t)
        ),
        e.line,
      ])}
    />
  );
}

function LldpView({ data, t }: { data: LldpData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['display-lldp-neighbor']}
      head={[t('col_localPort'), t('col_systemName'), t('col_portId'), t('col_line')]}
      rows={data.neighbors.map((n) => [n.localPort, dash(n.systemName), dash(n.portId), n.line])}
    />
  );
}

function ArpView({ data, t }: { data: ArpData; t: Translate }) {
  if (data.entries.length === 0)
    return (
      <p className="m-0" data-arp-empty>
        {data.answered
          ? data.query
            ? t('arpNoEntry', { ip: data.query })
            : t('arpNoEntryAny')
          : t('arpNotAnswered')}
      </p>
    );
  return (
    <Table
      caption={commandLabels['display-arp']}
      head={[
        t('col_ip'),
        t('col_mac'),
        t('col_vlan'),
        t('col_interface'),
        t('col_type'),
        t('col_vpn'),
        t('col_line'),
      ]}
      rows={data.entries.map((e) => [
        e.ip,
        e.mac,
        dash(e.vlan),
        dash(e.interface),
        e.type,
        dash(e.vpnInstance),
        e.line,
      ])}
    />
  );
}

function ProbeTemplatesView({ data, t }: { data: ProbeTemplateData; t: Translate }) {
  return (
    <Table
      caption={commandLabels['probe-template-configuration']}
      head={[
        t('col_name'),
        t('col_type'),
        t('col_port'),
        t('col_timeout'),
        t('col_url'),
        t('col_expectStatus'),
        t('col_sslPolicy'),
        t('col_line'),
      ]}
      rows={data.templates.map((p) => [
        p.name,
        p.type,
        dash(p.destinationPort),
        p.timeoutMs === null
          ? t('defaultValue', { value: '3000 ms' })
          : `${p.timeoutMs.toLocaleString('en-US')} ms`,
        <span key="u" className="break-all">
          <Visible text={dash(p.url)} />
        </span>,
        p.expectStatus
          ? p.expectStatus.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ')
          : '—',
        dash(p.sslClientPolicy),
        p.line,
      ])}
    />
  );
}
