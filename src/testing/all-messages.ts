/** Unit tests render both languages synchronously: register every table up front. */
import { registerMessages } from '@/i18n/messages';
import { enMore, zhMore } from '@/i18n/messages-more';
import { zhCN } from '@/i18n/messages-zh';

registerMessages('zh-CN', zhCN);
registerMessages('en-US', enMore);
registerMessages('zh-CN', zhMore);
