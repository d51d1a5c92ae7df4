import { parseLinkAggregation, type LagParsed } from '../parse-link-aggregation';
import {
  pairFixtures,
  parserSuite,
  type RecordRef,
} from '../../interface-config/__tests__/parser-harness';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expected = import.meta.glob<unknown>('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
});

function records(v: LagParsed): RecordRef[] {
  const out: RecordRef[] = [];
  for (const g of v.groups) {
    for (const p of g.localPorts)
      out.push({ key: `${g.name}/local/${p.port}`, line: p.line, value: p });
    for (const p of g.remotePorts)
      out.push({ key: `${g.name}/remote/${p.port}`, line: p.line, value: p });
    // A summary row is a whole record on one line.
    if (g.source === 'summary')
      out.push({ key: `${g.name}/summary`, line: g.line, lastLine: g.line, value: g });
  }
  return out;
}

parserSuite({
  parse: parseLinkAggregation,
  fixtures: pairFixtures(texts, expected),
  command: 'display link-aggregation verbose',
  expectedWarnings: {
    // Static members: member-port prints no Selected state.
    'link-aggregation-member-port__cw7-dynamic-plus-static-members__ntc.txt': [
      'status-not-printed@22',
      'status-not-printed@28',
    ],
    // The documentation example stops at `Sent LACP Packets:` with no value.
    'link-aggregation-member-port__doc-cw7-static-vs-dynamic__hpe-5700-cmdref.txt': [
      'status-not-printed@6',
      'truncated@31',
    ],
    // The `Aggregate Interface:` line is cut; the echoed command names the group.
    'link-aggregation-verbose__doc-header-cut-static-ragg20-named-by-echo__hp-msr-v7-cmdref.txt': [
      'group-header-missing@7',
    ],
    'link-aggregation-verbose__header-cut-ragg-dynamic-named-by-echo__derived-ntc.txt': [
      'group-header-missing@8',
    ],
  },
  records,
  otherCommands: [
    '#\ninterface Bridge-Aggregation33\n port link-type trunk\n#\nreturn\n',
    'Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break\nRequest time out\n',
  ],
});
