import { parseInterfaceStatus, type InterfaceParsed } from '../parse-interface-status';
import {
  pairFixtures,
  parserSuite,
  type RecordRef,
} from '../../interface-config/__tests__/parser-harness';
import { describeNeverThrows } from '../../shared/testing/fixture-harness';

const texts = import.meta.glob<string>('../__fixtures__/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const expected = import.meta.glob<unknown>('../__fixtures__/*.expected.json', {
  import: 'default',
  eager: true,
});
const others = import.meta.glob<string>(
  [
    '../../detect/__fixtures__/01-display-server-farm.txt',
    '../../detect/__fixtures__/05-link-aggregation-verbose-ra1.txt',
    '../../detect/__fixtures__/07-switch-bridge-aggregation33-config.txt',
    '../../detect/__fixtures__/03-session-table-10.197.44.201-verbose.txt',
    '../../detect/__fixtures__/reth-interface__doc-active-inactive-redundancy-group__h3c-cn-cmdref.txt',
  ],
  { query: '?raw', import: 'default', eager: true },
);

// An interface may be printed twice in one paste (the documentation example shows the same port
// as a Layer 3 and a Layer 2 port): the line keeps the records apart.
function records(v: InterfaceParsed): RecordRef[] {
  return v.interfaces.map((i) => ({
    key: `${i.name}@${i.line}`,
    line: i.line,
    lastLine: i.endLine,
    value: i,
  }));
}

const fixtures = pairFixtures(texts, expected);

parserSuite({
  parse: parseInterfaceStatus,
  fixtures,
  command: 'display interface',
  expectedWarnings: {
    // The Ruby spec pasted the command without its prompt.
    'display-interface__cw5-ge-hybrid-input-errors-crc-aborts__ruby-spec.txt': [
      'unrecognised-line@1',
    ],
  },
  records,
  otherCommands: Object.values(others),
});

describeNeverThrows(
  'parseInterfaceStatus',
  parseInterfaceStatus,
  fixtures.map((f) => f.text),
  [
    `GigabitEthernet1/0/1\nCurrent state: UP\nLast 300 seconds input: ${'1 packets/sec '.repeat(70_000)}`,
    `GigabitEthernet1/0/1\nInput: ${'0 runts, '.repeat(110_000)}`,
    `GigabitEthernet1/0/1\n${'1-2, '.repeat(200_000)}`,
    `GigabitEthernet1/0/1\nLast link flapping: ${'1 hours '.repeat(120_000)}`,
    `Brief information on interfaces in route mode:\nInterface Link Protocol Main IP Description\nGE1/0/1 UP UP -- ${'a '.repeat(500_000)}`,
    `${'GE1/0/1'.repeat(140_000)} current state: UP`,
    'Last 300 seconds input '.repeat(45_000),
  ],
);
