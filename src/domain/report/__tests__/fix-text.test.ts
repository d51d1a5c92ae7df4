import { describe, expect, it } from 'vitest';
import { cliBlockText } from '../fix-text';
import { L } from './sample-runs';

const peer = L('Peer switch', '对端交换机');

describe('cliBlockText', () => {
  it('puts the view lines first, then the commands, one per line', () => {
    const text = cliBlockText({
      device: peer,
      view: ['system-view', 'interface Bridge-Aggregation33'],
      commands: ['link-aggregation mode dynamic', 'quit'],
    });
    expect(text).toBe(
      'system-view\ninterface Bridge-Aggregation33\nlink-aggregation mode dynamic\nquit',
    );
  });

  it('has no trailing newline, so the last command waits for Enter', () => {
    expect(
      cliBlockText({ device: peer, view: ['system-view'], commands: ['save force'] }).endsWith(
        '\n',
      ),
    ).toBe(false);
  });

  it('runs user-view commands without any view line', () => {
    expect(
      cliBlockText({ device: peer, view: [], commands: ['display link-aggregation verbose'] }),
    ).toBe('display link-aggregation verbose');
  });

  it('splits multi-line entries and drops blank lines and trailing spaces', () => {
    const text = cliBlockText({
      device: peer,
      view: ['system-view  ', ''],
      commands: ['interface Route-Aggregation1\r\n link-aggregation mode dynamic', '   '],
    });
    expect(text).toBe('system-view\ninterface Route-Aggregation1\n link-aggregation mode dynamic');
  });

  it('shows a bidi control from a pasted name instead of sending it hidden', () => {
    const text = cliBlockText({
      device: peer,
      view: ['system-view', 'interface Bridge-Aggregation33\u202E'],
      commands: ['link-aggregation mode dynamic'],
    });
    expect(text).toBe(
      'system-view\ninterface Bridge-Aggregation33<U+202E>\nlink-aggregation mode dynamic',
    );
  });
});
