/** My notifications and the daily digest. */
import { useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { useDigest, useMarkRead, useNotifications } from './api';
import { AsOfPicker, CommitteeNav, TaskTable, useAsOf } from './parts';

export function NotificationsPage() {
  const { t } = useTranslation('committee');
  const [asOf] = useAsOf();
  const digest = useDigest(asOf);
  const notes = useNotifications();
  const markRead = useMarkRead();
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <h1>{t('notifications.title')}</h1>
        <AsOfPicker />
      </header>
      <section className="card" data-testid="digest">
        <h2>{t('notifications.digest')}</h2>
        {digest.isPending && <Loading />}
        {digest.isError && <ErrorState error={digest.error} />}
        {digest.data && (
          <>
            <h3>{t('notifications.overdue', { count: digest.data.overdue.length })}</h3>
            {digest.data.overdue.length > 0 && (
              <TaskTable tasks={digest.data.overdue} label={t('notifications.overdue', { count: digest.data.overdue.length })} />
            )}
            <h3>{t('notifications.dueSoon', { count: digest.data.dueSoon.length })}</h3>
            {digest.data.dueSoon.length > 0 && (
              <TaskTable tasks={digest.data.dueSoon} label={t('notifications.dueSoon', { count: digest.data.dueSoon.length })} />
            )}
          </>
        )}
      </section>
      <section className="card">
        <h2>{t('notifications.all')}</h2>
        {notes.isPending && <Loading />}
        {notes.isError && <ErrorState error={notes.error} />}
        {notes.data?.notifications.length === 0 && <p className="muted">{t('none')}</p>}
        <ul className="plain-list notifications">
          {notes.data?.notifications.map((n) => (
            <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
              <span className={`badge badge-n-${n.kind}`}>{t(`notifications.kind.${n.kind}`)}</span>{' '}
              {n.task ? (
                <>
                  <Picked of={n.task} field="title" /> — <Picked of={n.task.body} field="name" />
                </>
              ) : (
                '—'
              )}
              {!n.readAt && (
                <button type="button" className="button button-small" onClick={() => markRead.mutate(n.id)}>
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
