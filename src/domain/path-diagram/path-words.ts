/**
 * The path in words: the text equivalent of the drawing, one line per hop, in one language. Read
 * by screen readers beside the picture, and usable wherever a picture cannot go (Markdown).
 */
import type { Lang, Localized } from '../run-types';
import { t } from '../rules/text';
import type { PathModel } from './path-model';

export const pathLabels = {
  figure: t("The probe's path", '探测报文的路径'),
  inWords: t('The path in words', '路径的文字说明'),
  fault: t('Fault', '故障点'),
  faultHere: t('Fault here', '故障在此'),
  more: t('and {n} more', '另有 {n} 项'),
  noFaultDrawn: t(
    'The diagnosis does not point at one element of this path.',
    '诊断结论并不指向这条路径上的某一个元素。',
  ),
} satisfies Record<string, Localized>;

export function moreText(n: number, lang: Lang): string {
  return pathLabels.more[lang].replace('{n}', String(n));
}

/** One line per hop, in path order; a faulty element says so in words, not only by its mark. */
export function pathInWords(model: PathModel, lang: Lang): string[] {
  const sep = lang === 'zh-CN' ? '；' : '; ';
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const fault = model.fault ? `${pathLabels.fault[lang]}${colon}${model.fault.title[lang]}` : '';
  const lines = model.hops.map((hop) => {
    const head = hop.title[lang];
    if (hop.status !== 'known') {
      return `${head}${hop.name ? ` ${hop.name}` : ''}${colon}${hop.missing?.text[lang] ?? ''}`;
    }
    const parts: string[] = [];
    if (hop.name) parts.push(hop.name);
    if (hop.detail) parts.push(hop.detail[lang]);
    if (hop.fault) parts.push(`(${fault})`);
    const rows = hop.items.map(
      (i) => `${i.name}${i.state ? ` ${i.state[lang]}` : ''}${i.fault ? ` (${fault})` : ''}`,
    );
    if (hop.more > 0) rows.push(moreText(hop.more, lang));
    const said = [parts.join(lang === 'zh-CN' ? '，' : ', '), rows.join(sep)].filter(Boolean);
    return `${head}${colon}${said.join(colon)}`;
  });
  if (model.fault && model.fault.items.length === 0 && model.fault.hops.length === 0)
    lines.push(`${fault}. ${pathLabels.noFaultDrawn[lang]}`);
  return lines;
}
