import type { CliBlock } from '@/domain/run-types';
import { cliBlockText } from '@/domain/report/fix-text';
import { CopyButton } from '@/components/copy-button';
import { Visible } from '@/components/visible-text';
import { useL, useT } from '@/i18n/use-t';

/** One device + view + commands, copyable as plain CLI. */
export function CliBlockView({ block }: { block: CliBlock }) {
  const t = useT();
  const l = useL();
  const text = cliBlockText(block);
  return (
    <div className="space-y-1" data-cli-block>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="m-0 text-sm">
          <strong>{l(block.device)}</strong>
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
          <CopyButton
            text={text}
            label={`${t('copy')}: ${l(block.device)} ${block.view.join(' ')}`}
          />
        </span>
      </div>
      <pre className="code-block m-0">
        <Visible text={text} />
      </pre>
    </div>
  );
}
