import type { Localized } from '../run-types';

/** Builds a text in both UI languages. */
export function t(en: string, zh: string): Localized {
  return { 'en-US': en, 'zh-CN': zh };
}

/** `a, b and c` / `a、b 和 c`. */
export function list(items: string[]): Localized {
  if (items.length <= 1) return t(items[0] ?? '', items[0] ?? '');
  const head = items.slice(0, -1);
  const last = items[items.length - 1] ?? '';
  return t(`${head.join(', ')} and ${last}`, `${head.join('、')} 和 ${last}`);
}

export const lbDevice = t('Load balancer', '负载均衡设备');
export const peerDevice = t('Peer switch', '对端交换机');
export const serverDevice = t('Real server (host)', '实服务器（主机）');
