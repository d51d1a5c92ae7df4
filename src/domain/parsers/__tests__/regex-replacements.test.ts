/**
 * Issue #15: regexes whose cost or backtracking stack grew with the line were replaced by loops and
 * single-start regexes. Each replacement answers exactly what its regex answered, on strings made of
 * the characters the regex cares about, and stays fast on the line that broke it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isVlanContinuation } from '../interface-status/parse-interface-status';
import { withoutSeconds } from '../session/parse-session';
import { isNqaFilter, normalOwner } from '../probe-template/parse-probe-template';

const from = (parts: readonly string[], maxLength = 12) =>
  fc.array(fc.constantFrom(...parts), { maxLength }).map((a) => a.join(''));

/** Runs `f` and returns how long it took in ms. */
function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe('replacements agree with the regexes they replace', () => {
  it('isVlanContinuation', () => {
    const old = /^\d+(?:-\d+)?(?:, *\d+(?:-\d+)?)*,?$/;
    fc.assert(
      fc.property(from(['1', '23', '-', ',', ' ', ', ', 'x', '\t']), fc.nat(3), (s, at) => {
        const t = `${'ab '.slice(0, at)}${s}`;
        expect(isVlanContinuation(t, at)).toBe(old.test(t.slice(at)));
      }),
      { numRuns: 3000 },
    );
    expect(isVlanContinuation('111-112, 114-115, 116, 118-119,', 0)).toBe(true);
    expect(isVlanContinuation('1-2-3', 0)).toBe(false);
  });

  it('withoutSeconds', () => {
    fc.assert(
      fc.property(from(['1', '28', 's', 'S', 'e', 'C', 'sec', ' ', '\t', '-', '\u00a0']), (s) => {
        expect(withoutSeconds(s)).toBe(s.replace(/\s*s(ec)?$/i, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('isNqaFilter', () => {
    const old = /^dis\S*\s+(?:cu|sa|th)\S*.*(?:\|.*nqa|\bconfiguration\s+nqa\b)/i;
    const words = [
      'dis',
      'display',
      'DIS',
      ' ',
      '  ',
      '\t',
      'cu',
      'current-configuration',
      'sa',
      'th',
      'this',
      'Th',
      '|',
      ' | ',
      'begin',
      'nqa',
      'NQA',
      'xnqa',
      'configuration',
      '-configuration',
      'configurationx',
      'x',
      '-',
    ];
    fc.assert(
      fc.property(from(words, 10), (s) => {
        expect(isNqaFilter(s)).toBe(old.test(s));
      }),
      { numRuns: 5000 },
    );
    expect(isNqaFilter('display current-configuration | begin nqa')).toBe(true);
    expect(isNqaFilter('dis saved-configuration configuration nqa')).toBe(true);
    expect(isNqaFilter('display current-configuration interface Reth2')).toBe(false);
  });
});

describe('bounded heads give what the whole-line code gave', () => {
  it('normalOwner: the first two words of a real-server / server-farm line', () => {
    fc.assert(
      fc.property(from(['real-server', 'rs', ' ', '  ', '\t', '\u00a0', 'a', 'é'], 8), (t) => {
        const old =
          t.indexOf(' ') > 0 && t.indexOf(' ', t.indexOf(' ') + 1) < 0 && !/[^ -~]/.test(t)
            ? t
            : t.split(/\s+/).slice(0, 2).join(' ');
        expect(normalOwner(t)).toBe(old);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('replacements stay linear on the lines that broke their regexes', () => {
  it('a VLAN continuation of millions of items does not overflow', () => {
    expect(isVlanContinuation('1,'.repeat(5e6), 0)).toBe(true);
    expect(isVlanContinuation(`${'1,'.repeat(5e6)}x`, 0)).toBe(false);
  });

  it('a TTL value of 200 000 blanks', () => {
    expect(timed(() => withoutSeconds(' '.repeat(200_000)))).toBeLessThan(200);
  });

  it('an echoed `dis cu` followed by 200 000 dashes', () => {
    expect(timed(() => isNqaFilter(`dis cu${'-'.repeat(200_000)}`))).toBeLessThan(200);
  });
});
