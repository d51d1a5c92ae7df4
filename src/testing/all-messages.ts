/** Unit tests render both languages synchronously: register every table up front. */
import { registerMessages } from '@/i18n/messages';
import { zhCN } from '@/i18n/messages-zh';

registerMessages('zh-CN', zhCN);
