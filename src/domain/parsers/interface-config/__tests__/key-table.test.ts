import { describe, expect, it } from 'vitest';
import { KeyTable } from '../key-table';

// The table trusts the caller's hash; equal hashes for different keys are the case to get right.
describe('KeyTable', () => {
  it('finds each key it was given, across hash collisions and growth', () => {
    const table = new KeyTable();
    const keys = Array.from({ length: 5000 }, (_, i) => `ge1/0/${i}`);
    const hashOf = (i: number) => (i % 7) * 0x10001; // many keys per hash, spread over few slots
    keys.forEach((key, i) => {
      expect(table.find(key, hashOf(i))).toBe(-1);
      expect(table.add(key, hashOf(i))).toBe(i);
    });
    keys.forEach((key, i) => expect(table.find(key, hashOf(i))).toBe(i));
  });

  it('does not confuse a key with another of the same hash', () => {
    const table = new KeyTable();
    expect(table.find('a', 42)).toBe(-1);
    table.add('a', 42);
    expect(table.find('b', 42)).toBe(-1);
    expect(table.add('b', 42)).toBe(1);
    expect(table.find('a', 42)).toBe(0);
    expect(table.find('b', 42)).toBe(1);
    expect(table.find('a', 43)).toBe(-1);
  });
});
