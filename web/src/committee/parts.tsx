/** Small pieces shared by the committee pages: badges, the task table, the "as of" picker, the sub-navigation. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useSearchParams } from 'react-router-dom';
import { formatDay } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import type { DeliverableStatus, Task, TaskStatus } from './types';
import { ScrollRegion } from '../layout/ScrollRegion';
import { DateInput } from '../layout/DateInput';
import { may, useUser } from '../auth/session';
import { chairDayOf } from '../../../src/server/domain/chairmanship';

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

/** Today where the committee sits. */
export const todayInHanoi = () => chairDayOf(new Date());

/**
 * The day shown, kept in the URL. Where the server picks a default other than
 * today, pass the day it picked (`shown`) and what going back to it is called
 * (`resetLabel`); "Today" then sets today explicitly.
 */
export function AsOfPicker({ shown, resetLabel, label }: { shown?: string; resetLabel?: string; label?: string }) {
  const { t } = useTranslation('committee');
  const [asOf, setAsOf] = useAsOf();
  const today = todayInHanoi();
  const value = asOf || shown || '';
  return (
    <span className="as-of">
      <label>
        {label ?? t('asOf')} <DateInput type="date" value={value} data-testid="as-of" onChange={(e) => setAsOf(e.target.value)} />
      </label>
      {asOf && (
        <button type="button" className="button button-small" onClick={() => setAsOf('')} data-testid="as-of-reset">
          {resetLabel ?? t('today')}
        </button>
      )}
      {resetLabel && value !== today && (
        <button type="button" className="button button-small" onClick={() => setAsOf(today)} data-testid="as-of-today">
          {t('today')}
        </button>
      )}
    </span>
  );
}

/** A card of tasks under a heading that also names the table, or "none". */
export function TasksCard({ heading, tasks, testId }: { heading: string; tasks: Task[]; testId: string }) {
  const { t } = useTranslation('committee');
  return (
    <section className="card">
      <h2>{heading}</h2>
      {tasks.length === 0 ? <p className="muted">{t('none')}</p> : <TaskTable tasks={tasks} label={heading} testId={testId} />}
    </section>
  );
}

/** Tasks with their body, due day and status; `action` adds a last column (a control per task), `rowTestId` names each row. */
export function TaskTable({
  tasks,
  label,
  testId,
  rowTestId,
  action,
}: {
  tasks: Task[];
  /** What the tasks are, for screen readers when the table scrolls (usually the heading above it). */
  label: string;
  testId?: string;
  rowTestId?: (task: Task) => string;
  action?: (task: Task) => ReactNode;
}) {
  const { t } = useTranslation('committee');
  return (
    <ScrollRegion label={label}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('task')}</th>
            <th>{t('body')}</th>
            <th>{t('due')}</th>
            <th>{t('statusLabel')}</th>
            {action && <th />}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className={task.overdue ? 'row-overdue' : undefined} data-testid={rowTestId?.(task)}>
              <td>
                <Link to={`/committee/tasks/${task.id}`}>
                  <Picked of={task} field="title" />
                </Link>
              </td>
              <td>
                <Picked of={task.body} field="name" />
              </td>
              <td className="due">{day(task.due)}</td>
              <td>
                <TaskStatusBadge task={task} />
              </td>
              {action && <td>{action(task)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The committee's pages, shown only to a reader who may open them (the notifications page is any account's). */
export function CommitteeNav() {
  const { t } = useTranslation('committee');
  const user = useUser();
  const links: Array<[string, string]> = [
    ['/committee', 'nav.dashboard'],
    ['/committee/deliverables', 'nav.deliverables'],
    ['/committee/sessions', 'nav.sessions'],
    ['/committee/tasks', 'nav.tasks'],
    ['/committee/notifications', 'nav.notifications'],
    ['/committee/bodies', 'nav.bodies'],
  ];
  if (!may(user, 'committee.read')) return null;
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
