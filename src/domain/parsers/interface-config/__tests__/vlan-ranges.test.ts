import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addOwnedRanges,
  mergeOwnedRanges,
  parseVlanList,
  removeOwnedRanges,
  type VlanRange,
} from '../vlan-ranges';

describe('parseVlanList', () => {
  it.each<[string, VlanRange[] | null]>([
    [
      '972 to 973 1972 to 1973',
      [
        [972, 973],
        [1972, 1973],
      ],
    ],
    [
      '10 20 99',
      [
        [10, 10],
        [20, 20],
        [99, 99],
      ],
    ],
    ['all', [[1, 4094]]],
    ['1 2 3', [[1, 3]]],
    ['5 to 9 7', [[5, 9]]],
    ['0', null],
    ['4095', null],
    ['10 to', null],
    ['20 to 10', null],
    ['ten', null],
    ['', null],
  ])('%j', (text, want) => expect(parseVlanList(text)).toEqual(want));
});

describe('range arithmetic agrees with a set of VLAN ids', () => {
  const range = fc
    .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }))
    .map(([a, n]): VlanRange => [a, a + n]);
  const ids = (rs: VlanRange[]) => {
    const s = new Set<number>();
    for (const [a, b] of rs) for (let i = a; i <= b; i++) s.add(i);
    return [...s].sort((x, y) => x - y);
  };
  it('add / remove', () => {
    fc.assert(
      fc.property(fc.array(range), fc.array(range), fc.array(range), (base, add, del) => {
        // The owned forms take merged sets of their own (fresh copies here) and may change them.
        const merged = (rs: VlanRange[]) =>
          mergeOwnedRanges(rs.map((r): VlanRange => [r[0], r[1]]));
        const added = addOwnedRanges(merged(base), merged(add));
        expect(ids(added)).toEqual(ids([...base, ...add]));
        const removed = removeOwnedRanges(added, del);
        const gone = new Set(ids(del));
        expect(ids(removed)).toEqual(ids([...base, ...add]).filter((i) => !gone.has(i)));
        // merged: sorted, disjoint, not adjacent
        for (let i = 1; i < added.length; i++)
          expect((added[i]?.[0] ?? 0) > (added[i - 1]?.[1] ?? 0) + 1).toBe(true);
      }),
    );
  });
});
