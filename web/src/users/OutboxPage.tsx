/** For administrators: every e-mail Gavel sent or will send; with no SMTP server, where an invitation's link is read. */
import { mailStatuses } from '../../../src/server/mail/vocabulary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import { ErrorState, Loading, RequestFailure } from '../layout/QueryState';
import { AdminNav } from './AdminNav';

interface Message {
  id: number;
  toAddress: string;
  template: string;
  language: string;
  subject: string;
  body: string;
  status: (typeof mailStatuses)[number];
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export function OutboxPage() {
  const { t, i18n } = useTranslation('users');
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const outbox = useQuery({
    queryKey: ['outbox', status],
    queryFn: () => api.get<{ smtpConfigured: boolean; messages: Message[] }>(`/outbox${query({ status })}`),
  });
  const retry = useMutation({
    mutationFn: (id: number) => api.post<Message>(`/outbox/${id}/retry`),
    onSettled: () => client.invalidateQueries({ queryKey: ['outbox'] }),
  });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.resolvedLanguage === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <section>
      <AdminNav />
      <div className="card">
        <h1>{t('outbox.title')}</h1>
        {outbox.data && !outbox.data.smtpConfigured && <p className="state state-notice">{t('outbox.noSmtp')}</p>}
        <label className="field">
          <span>{t('outbox.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('outbox.all')}</option>
            {mailStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {outbox.isPending && <Loading />}
        {outbox.error && <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />}
        {outbox.data && outbox.data.messages.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
        <RequestFailure error={retry.error} />
        {outbox.data && (
          <ul className="user-list" data-testid="outbox">
            {outbox.data.messages.map((m) => (
              <li key={m.id} className="card" data-testid={`mail-${m.id}`}>
                <div>
                  <strong>{m.subject}</strong> <span className={`badge badge-${m.status}`}>{t(`outbox.statuses.${m.status}`)}</span>
                </div>
                <div className="muted">
                  {t('outbox.to', { to: m.toAddress })} · {when(m.createdAt)}
                  {m.sentAt && ` · ${t('outbox.sentAt', { when: when(m.sentAt) })}`}
                  {m.status === 'pending' && m.attempts > 0 && ` · ${t('outbox.nextAttempt', { when: when(m.nextAttemptAt), attempts: m.attempts })}`}
                </div>
                {m.lastError && <p className="state state-error">{m.lastError}</p>}
                <details>
                  <summary>{t('outbox.body')}</summary>
                  <pre className="mail-body">{m.body}</pre>
                </details>
                {(m.status === 'pending' || m.status === 'failed') && outbox.data.smtpConfigured && (
                  <button type="button" className="button" disabled={retry.isPending} onClick={() => retry.mutate(m.id)}>
                    {t('outbox.retry')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
