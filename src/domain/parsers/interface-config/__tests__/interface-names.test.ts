import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalInterfaceName,
  isAggregateInterface,
  interfaceNameKey,
  isInterfaceName,
  nameKeyHash,
  parentInterfaceName,
  readNameKeyAt,
  type NameKeyRead,
  resolveInterfaceType,
  sameInterface,
  splitInterfaceName,
} from '../interface-names';

describe('canonicalInterfaceName', () => {
  it.each([
    ['XGE1/1/1', 'Ten-GigabitEthernet1/1/1'],
    ['xge1/0/49', 'Ten-GigabitEthernet1/0/49'],
    ['Ten-GigabitEthernet1/2/0/43', 'Ten-GigabitEthernet1/2/0/43'],
    ['ten-gigabitethernet 1/0/1', 'Ten-GigabitEthernet1/0/1'],
    ['RAGG1', 'Route-Aggregation1'],
    ['Route-Aggregation 1', 'Route-Aggregation1'],
    ['rou 1', 'Route-Aggregation1'],
    ['RAGG1.1973', 'Route-Aggregation1.1973'],
    ['Route-Aggregation1.1973', 'Route-Aggregation1.1973'],
    ['BAGG33', 'Bridge-Aggregation33'],
    ['bridge-aggregation 101', 'Bridge-Aggregation101'],
    ['Reth2', 'Reth2'],
    ['reth 2', 'Reth2'],
    ['RETH1', 'Reth1'],
    ['GE1/0/30', 'GigabitEthernet1/0/30'],
    ['g1/0/1', 'GigabitEthernet1/0/1'],
    ['GE1/2/0/1', 'GigabitEthernet1/2/0/1'],
    ['FGE1/0/53', 'FortyGigE1/0/53'],
    ['HGE1/0/1', 'HundredGigE1/0/1'],
    ['WGE1/0/1', 'Twenty-FiveGigE1/0/1'],
    ['Twenty-FiveGigE6/0/27', 'Twenty-FiveGigE6/0/27'],
    ['XGE2/0/35:1', 'Ten-GigabitEthernet2/0/35:1'],
    ['BLAGG3', 'Blade-Aggregation3'],
    ['Vlan-interface10', 'Vlan-interface10'],
    ['  GE1/0/1  ', 'GigabitEthernet1/0/1'],
  ])('%s → %s', (input, want) => expect(canonicalInterfaceName(input)).toBe(want));

  it('keeps unknown types and unreadable names as written', () => {
    expect(canonicalInterfaceName('Foo3/0')).toBe('Foo3/0');
    expect(canonicalInterfaceName('not an interface')).toBe('not an interface');
    expect(canonicalInterfaceName('')).toBe('');
    expect(canonicalInterfaceName('1/0/1')).toBe('1/0/1');
    expect(canonicalInterfaceName('GE1/0/x')).toBe('GE1/0/x');
  });
});

describe('sameInterface', () => {
  it.each([
    ['XGE1/1/1', 'Ten-GigabitEthernet1/1/1'],
    ['RAGG1', 'Route-Aggregation1'],
    ['BAGG33', 'Bridge-Aggregation33'],
    ['Reth2', 'reth 2'],
    ['GE1/0/1', 'gigabitethernet 1/0/1'],
    ['RAGG1.1973', 'Route-Aggregation1.1973'],
  ])('%s = %s', (a, b) => {
    expect(sameInterface(a, b)).toBe(true);
    expect(sameInterface(b, a)).toBe(true);
  });
  it.each([
    ['XGE1/1/1', 'XGE1/1/0'],
    ['GE1/0/1', 'XGE1/0/1'],
    ['RAGG1', 'BAGG1'],
    ['Route-Aggregation1', 'Route-Aggregation1.1973'],
    ['Reth2', 'Reth20'],
    ['GE1/0/1', 'GE1/0/10'],
  ])('%s ≠ %s', (a, b) => expect(sameInterface(a, b)).toBe(false));

  it('is reflexive and symmetric on any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameInterface(a, a)).toBe(true);
        expect(sameInterface(a, b)).toBe(sameInterface(b, a));
      }),
    );
  });
  it('canonical form is a fixed point', () => {
    const name = fc
      .tuple(
        fc.constantFrom('GE', 'XGE', 'RAGG', 'BAGG', 'reth', 'rou', 'g', 'FGE', 'Vlan'),
        fc.array(fc.nat(99), { minLength: 1, maxLength: 4 }),
      )
      .map(([t, ns]) => `${t}${ns.join('/')}`);
    fc.assert(
      fc.property(name, (n) => {
        const c = canonicalInterfaceName(n);
        expect(canonicalInterfaceName(c)).toBe(c);
        expect(sameInterface(n, c)).toBe(true);
      }),
    );
  });
});

describe('helpers', () => {
  it('resolves CLI prefixes and abbreviations', () => {
    expect(resolveInterfaceType('rou')).toBe('Route-Aggregation');
    expect(resolveInterfaceType('bri')).toBe('Bridge-Aggregation');
    expect(resolveInterfaceType('t')).toBe('Ten-GigabitEthernet');
    expect(resolveInterfaceType('zz')).toBeNull();
    expect(resolveInterfaceType('')).toBeNull();
  });
  it('isInterfaceName agrees with splitInterfaceName', () => {
    const chars = fc.constantFrom('G', 'E', 'x', '-', ' ', '1', '0', '/', '.', ':', '(', 'R', ')');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 14 }).map((a) => a.join('')),
        (s) => {
          expect(isInterfaceName(s)).toBe(splitInterfaceName(s) !== null);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('splits names', () => {
    expect(splitInterfaceName('Route-Aggregation 1.1973')).toEqual({
      type: 'Route-Aggregation',
      number: '1.1973',
    });
    expect(splitInterfaceName('XGE1/0/49(R)')).toBeNull();
    expect(splitInterfaceName('GE')).toBeNull();
  });
  it('knows aggregate interfaces and their sub-interfaces', () => {
    expect(isAggregateInterface('Bridge-Aggregation33')).toBe(true);
    expect(isAggregateInterface('RAGG1')).toBe(true);
    expect(isAggregateInterface('Route-Aggregation1.1973')).toBe(false);
    expect(isAggregateInterface('Reth2')).toBe(false);
    expect(isAggregateInterface('XGE1/1/1')).toBe(false);
    expect(parentInterfaceName('Route-Aggregation1.1973')).toBe('Route-Aggregation1');
    expect(parentInterfaceName('Route-Aggregation1')).toBe('Route-Aggregation1');
  });
});

// readNameKeyAt is the configuration parser's fast path for header names: wherever it answers, the
// answer must be exactly the general interfaceNameKey's (plus the name and its key's hash).
describe('readNameKeyAt', () => {
  const word = fc.constantFrom(
    'Ten-GigabitEthernet',
    'XGE',
    'xge',
    'GigabitEthernet',
    'Bridge-Aggregation',
    'bagg',
    'Route-Aggregation',
    'RAGG',
    'Reth',
    'Vlan-interface',
    'LoopBack',
    'Foo-Bar',
    'M-GigabitEthernet',
  );
  const number = fc
    .array(fc.integer({ min: 0, max: 4096 }), { minLength: 1, maxLength: 4 })
    .chain((parts) =>
      fc
        .array(fc.constantFrom('/', '.', ':', '//', ' '), {
          minLength: parts.length - 1,
          maxLength: parts.length - 1,
        })
        .map((seps) => parts.map((p, i) => `${i > 0 ? seps[i - 1] : ''}${p}`).join('')),
    );
  it('agrees with interfaceNameKey wherever it reads a name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), word, number, (prefix, type, num) => {
        const text = `${prefix}${type}${num}`;
        const out: NameKeyRead = { name: '', canonical: '', aggregate: false, key: '', hash: 0 };
        if (!readNameKeyAt(text, prefix.length, out)) return;
        const general = interfaceNameKey(text.slice(prefix.length));
        expect(general).not.toBeNull();
        expect({ canonical: out.canonical, aggregate: out.aggregate, key: out.key }).toEqual(
          general,
        );
        expect(out.name).toBe(text.slice(prefix.length));
        expect(out.hash).toBe(nameKeyHash(out.key));
      }),
      { numRuns: 3000 },
    );
  });
  it('reads the usual header forms', () => {
    const out: NameKeyRead = { name: '', canonical: '', aggregate: false, key: '', hash: 0 };
    expect(readNameKeyAt('interface Ten-GigabitEthernet1/0/1', 10, out)).toBe(true);
    expect(out.canonical).toBe('Ten-GigabitEthernet1/0/1');
    expect(readNameKeyAt('interface Bridge-Aggregation33', 10, out)).toBe(true);
    expect(out.aggregate).toBe(true);
  });
});
