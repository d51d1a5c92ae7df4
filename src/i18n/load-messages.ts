import type { Lang } from '@/domain/run-types';
import { hasMessages, registerMessages } from './messages';

/** Resolves once the language's words are in (at once for English, which ships with the page). */
export async function loadMessages(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return;
  const { zhCN } = await import('./messages-zh');
  registerMessages('zh-CN', zhCN);
}
