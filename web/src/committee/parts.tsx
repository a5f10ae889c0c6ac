/** Small pieces shared by the committee pages: badges, the "as of" picker, the sub-navigation. */
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router-dom';
import { formatDay } from '../i18n/format';
import type { DeliverableStatus, Task, TaskStatus } from './types';

export function StatusBadge({ status }: { status: DeliverableStatus }) {
  const { t } = useTranslation('committee');
  return <span className={`badge badge-d-${status}`}>{t(`status.${status}`)}</span>;
}

export function TaskStatusBadge({ task }: { task: Pick<Task, 'status' | 'overdue'> }) {
  const { t } = useTranslation('committee');
  return (
    <span className="badges">
      <span className={`badge badge-t-${task.status}`}>{t(`taskStatus.${task.status satisfies TaskStatus}`)}</span>
      {task.overdue && <span className="badge badge-d-late">{t('overdue')}</span>}
    </span>
  );
}

export const day = (d: string | null) => (d ? formatDay(d) : '—');

/** The day status is computed for; empty means today. Kept in the URL so views can be shared. */
export function useAsOf(): [string, (v: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('asOf') ?? '';
  return [
    value,
    (v) =>
      setParams((p) => {
        if (v) p.set('asOf', v);
        else p.delete('asOf');
        return p;
      }),
  ];
}

export function AsOfPicker() {
  const { t } = useTranslation('committee');
  const [asOf, setAsOf] = useAsOf();
  return (
    <label className="as-of">
      {t('asOf')}{' '}
      <input type="date" value={asOf} data-testid="as-of" onChange={(e) => setAsOf(e.target.value)} />
      {asOf && (
        <button type="button" className="button button-small" onClick={() => setAsOf('')}>
          {t('today')}
        </button>
      )}
    </label>
  );
}

export function CommitteeNav() {
  const { t } = useTranslation('committee');
  const links: Array<[string, string]> = [
    ['/committee', 'nav.dashboard'],
    ['/committee/deliverables', 'nav.deliverables'],
    ['/committee/sessions', 'nav.sessions'],
    ['/committee/tasks', 'nav.tasks'],
    ['/committee/notifications', 'nav.notifications'],
    ['/committee/bodies', 'nav.bodies'],
  ];
  return (
    <nav className="sub-nav" aria-label={t('nav.label')}>
      {links.map(([to, label]) => (
        <NavLink key={to} to={to} end>
          {t(label)}
        </NavLink>
      ))}
    </nav>
  );
}
