import type { CliBlock, Verification } from '@/domain/run-types';
import { cliBlockText } from '@/domain/report/fix-text';
import { CommandCopy } from '@/components/command-copy';
import { Visible } from '@/components/visible-text';
import { RichText } from '@/components/rich-text';
import { useL, useT } from '@/i18n/use-t';
import type { MessageKey } from '@/i18n/messages';

/** The look before or the check after a change, beside it, with its own copy button. */
function Check({ label, v, device }: { label: MessageKey; v: Verification; device: string }) {
  const t = useT();
  const l = useL();
  const where = device.startsWith(l(v.device)) ? '' : ` (${l(v.device)})`;
  return (
    <div className="space-y-1 text-sm" data-check={label}>
      <p className="m-0 font-semibold">
        {t(label)}
        {where}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="code-block grow py-1">
          <Visible text={v.command} />
        </code>
        <CommandCopy text={v.command} label={`${t('copy')}: ${v.command}`} />
      </div>
      <p className="m-0 text-muted">
        <RichText text={t('expectToSee', { expect: l(v.expect) })} />
      </p>
    </div>
  );
}

/** One device + view + commands, copyable as plain CLI once nothing is left to fill in. */
export function CliBlockView({ block }: { block: CliBlock }) {
  const t = useT();
  const l = useL();
  const text = cliBlockText(block);
  const device = l(block.device);
  return (
    <div className="space-y-2" data-cli-block>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-sm">
          <strong>{device}</strong>
          {block.view.length > 0 && (
            <span className="text-muted">
              {' '}
              · {t('view')}:{' '}
              <code>
                <Visible text={block.view.join(' → ')} />
              </code>
            </span>
          )}
        </p>
        <span className="no-print">
          <CommandCopy text={text} label={`${t('copy')}: ${device} ${block.view.join(' ')}`} />
        </span>
      </div>
      {block.changeWindow && (
        <p
          className="m-0 rounded-md border-l-4 border-amber-600 bg-amber-50 py-1.5 pr-2 pl-3 text-sm dark:border-amber-400 dark:bg-amber-950"
          data-change-window
        >
          <span aria-hidden="true">▲ </span>
          <strong>{l(block.changeWindow)}</strong>
        </p>
      )}
      {block.before && <Check label="beforeRun" v={block.before} device={device} />}
      <pre className="code-block m-0">
        <Visible text={text} />
      </pre>
      {block.after && <Check label="afterRun" v={block.after} device={device} />}
    </div>
  );
}
