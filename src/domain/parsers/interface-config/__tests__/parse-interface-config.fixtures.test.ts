import { parseInterfaceConfig } from '../parse-interface-config';
import type { InterfaceConfigData } from '../../parsed-types';
import { pairFixtures, parserSuite, type RecordRef } from './parser-harness';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expected = import.meta.glob<unknown>('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
});

function records(v: InterfaceConfigData): RecordRef[] {
  // An interface is complete once the last line of its (possibly merged) blocks was read.
  return v.interfaces.map((i) => ({
    key: i.name,
    line: i.line,
    lastLine: Math.max(...i.lines.map((l) => l.no)),
    value: i,
  }));
}

parserSuite({
  parse: parseInterfaceConfig,
  fixtures: pairFixtures(texts, expected),
  command: 'display current-configuration interface Bridge-Aggregation33',
  expectedWarnings: {
    // `vlan 10` / ` description Radio` between the interface blocks.
    'current-configuration__bagg-dynamic-interface-range-members__ru-lab.txt': [
      'outside-interface@11',
    ],
  },
  records,
  otherCommands: [
    'Aggregate Interface: Route-Aggregation1\nAggregation Mode: Dynamic\nLoadsharing Type: Shar\n',
    'Ping 10.197.44.200 (10.197.44.200): 56 data bytes, press CTRL_C to break\nRequest time out\n',
  ],
});
