/**
 * The plain CLI behind a copy button: exactly what the engineer pastes into the device.
 */
import type { CliBlock } from '../run-types';
import { showInvisibles } from './invisible';

/** Splits a command that somehow holds several lines, so each reaches the device as its own line. */
function lines(items: readonly string[]): string[] {
  return (
    items
      .flatMap((item) => item.split(/\r\n|\n|\r/))
      // A bidi control or zero-width character from a pasted name is shown, never sent hidden.
      .map((l) => showInvisibles(l).trimEnd())
      .filter((l) => l.trim() !== '')
  );
}

/**
 * View lines first (`system-view`, `interface Bridge-Aggregation33`), then the commands, one per
 * line. No trailing newline: the terminal then waits for Enter on the last command instead of
 * committing it the moment the text lands, which is the safer default for a config change.
 */
export function cliBlockText(block: CliBlock): string {
  return [...lines(block.view), ...lines(block.commands)].join('\n');
}
