import type { NextCommand } from '@/domain/run-types';
import { CommandCopy } from '@/components/command-copy';
import { Visible } from '@/components/visible-text';
import { useL, useT } from '@/i18n/use-t';
import { RichText } from '@/components/rich-text';

export function CommandList({
  commands,
  headingId,
}: {
  commands: NextCommand[];
  headingId: string;
}) {
  const t = useT();
  const l = useL();
  if (commands.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="card space-y-2">
      <h2 id={headingId}>{t('runThis')}</h2>
      <ul className="m-0 list-none space-y-2 p-0">
        {commands.map((c) => (
          <li key={c.command} className="space-y-1">
            <p className="m-0 text-sm text-muted">
              <strong>{l(c.device)}</strong>
              {c.purpose ? (
                <>
                  {' '}
                  — <RichText text={l(c.purpose)} />
                </>
              ) : null}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <code className="code-block grow py-1.5" data-command>
                <Visible text={c.command} />
              </code>
              <CommandCopy text={c.command} label={`${t('copy')}: ${c.command}`} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
