import { Link } from 'react-router';
import { useT } from '@/i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="card space-y-2">
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('goStart')}</Link>
    </div>
  );
}
