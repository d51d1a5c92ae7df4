import type { Lang } from '@/domain/run-types';
import { hasMessages, registerMessages } from './messages';

/** Resolves once the language's first-page words are in (at once for English). */
export async function loadMessages(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return;
  const { zhCN } = await import('./messages-zh');
  registerMessages('zh-CN', zhCN);
}

let more: Promise<void> | null = null;

/** The words of the pages that load on demand, both languages; loaded once, with the engine. */
export function loadMoreMessages(): Promise<void> {
  more ??= import('./messages-more').then(({ enMore, zhMore }) => {
    registerMessages('en-US', enMore);
    registerMessages('zh-CN', zhMore);
  });
  return more;
}
