import type { ReactNode } from 'react';
import { commandLabels, type CommandId } from '@/domain/parsers/command-ids';
import type {
  InterfaceConfigData,
  LagData,
  PingData,
  RethData,
  ServerFarmData,
  SessionData,
} from '@/domain/parsers/parsed-types';
import { useT, type Translate } from '@/i18n/use-t';

interface ParsedViewProps {
  command: CommandId;
  value: unknown;
}

/** The parsed data as a readable table, so the engineer can check the wizard read what they see. */
export function ParsedView({ command, value }: ParsedViewProps) {
  const t = useT();
  if (value === null || typeof value !== 'object')
    return <p className="text-muted">{t('noParsedData')}</p>;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.farms)) return <FarmsView data={value as ServerFarmData} t={t} />;
  if (Array.isArray(v.pings)) return <PingsView data={value as PingData} t={t} />;
  if (Array.isArray(v.sessions)) return <SessionsView data={value as SessionData} t={t} />;
  if (Array.isArray(v.reths)) return <RethsView data={value as RethData} t={t} />;
  if (Array.isArray(v.groups)) return <LagView data={value as LagData} t={t} />;
  if (Array.isArray(v.interfaces))
    return <InterfacesView data={value as InterfaceConfigData} t={t} />;
  return <pre className="code-block text-xs">{JSON.stringify(value, null, 2).slice(0, 4000)}</pre>;
  void command;
}

const dash = (x: unknown): string => (x === null || x === undefined || x === '' ? '—' : String(x));
const MAX_ROWS = 200;

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="data-table">
        <caption className="py-1 text-left text-sm font-semibold">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p className="text-sm text-muted">… +{rows.length - MAX_ROWS}</p>}
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
            {dash(f.name)} ·{' '}
            <strong>
              {t('col_predictor')}
              {t('colon')}
            </strong>{' '}
            {dash(f.predictor)} ·{' '}
            <strong>
              {t('col_probes')}
              {t('colon')}
            </strong>{' '}
            {f.probeMethods.length ? f.probeMethods.join(', ') : '—'} ·{' '}
            <strong>
              {t('col_active')}
              {t('colon')}
            </strong>{' '}
            {dash(f.activeRealServers)} / {dash(f.totalRealServers)}
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

function StateBadge({ state }: { state: string }) {
  const good = /^(active|selected|up|s)$/i.test(state);
  return (
    <span
      className={
        good
          ? 'font-semibold text-green-800 dark:text-green-300'
          : 'font-semibold text-red-800 dark:text-red-300'
      }
    >
      {state}
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
            {g.name} ·{' '}
            <strong>
              {t('col_mode')}
              {t('colon')}
            </strong>{' '}
            {g.mode}
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
