/** For administrators: sign-in locks in force (lift one early) and the latest security events. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorState, Loading, RequestFailure } from '../layout/QueryState';
import { ScrollRegion } from '../layout/ScrollRegion';

interface Lock {
  key: string;
  lockedUntil: string;
}
interface SecurityEvent {
  id: number;
  occurredAt: string;
  actor: string | null;
  entityType: string;
  entityId: string;
  action: string;
}

export function SecurityPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const locks = useQuery({ queryKey: ['security', 'locks'], queryFn: () => api.get<{ locks: Lock[] }>('/auth/locks') });
  const events = useQuery({
    queryKey: ['security', 'events'],
    queryFn: () => api.get<{ events: SecurityEvent[] }>('/changes?security=true&limit=200'),
  });
  const unlock = useMutation({
    mutationFn: (key: string) => api.post<{ ok: true }>('/auth/locks/unlock', { key }),
    onSettled: () => client.invalidateQueries({ queryKey: ['security'] }),
  });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.resolvedLanguage === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <section className="card">
      <h1>{t('security.title')}</h1>
      <h2>{t('security.locks')}</h2>
      {locks.isPending && <Loading />}
      {locks.error && <ErrorState error={locks.error} onRetry={() => void locks.refetch()} />}
      {locks.data && locks.data.locks.length === 0 && <p className="muted">{t('security.noLocks')}</p>}
      {locks.data && locks.data.locks.length > 0 && (
        <ul data-testid="locks">
          {locks.data.locks.map((lock) => (
            <li key={lock.key}>
              <code>{lock.key}</code> — {t('security.lockedUntil', { when: when(lock.lockedUntil) })}{' '}
              <button type="button" className="button button-ghost" disabled={unlock.isPending} onClick={() => unlock.mutate(lock.key)}>
                {t('security.unlock')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RequestFailure error={unlock.error} />
      <h2>{t('security.events')}</h2>
      {events.isPending && <Loading />}
      {events.error && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <ScrollRegion label={t('security.events')}>
          <table className="table" data-testid="security-events">
            <thead>
              <tr>
                <th scope="col">{t('security.when')}</th>
                <th scope="col">{t('security.action')}</th>
                <th scope="col">{t('security.who')}</th>
                <th scope="col">{t('security.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.events.map((event) => (
                <tr key={event.id}>
                  <td>{when(event.occurredAt)}</td>
                  <td>{t(`security.actions.${event.action}`, { defaultValue: event.action })}</td>
                  <td>{event.actor ?? '—'}</td>
                  <td>
                    <code>
                      {event.entityType}:{event.entityId}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
