/**
 * For administrators: the audit log, the change log filtered by who, what,
 * when and which entity, a page at a time, with the filtered set as CSV.
 * The filter lives in the address, so a filtered view can be shared. Events
 * and record types are named in the reader's language (an unknown code as it
 * is), a record links to its page, and the details are read out
 * (AuditDetails); the CSV keeps the codes and the JSON.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditEvent } from '../../../src/server/changelog/audit';
import { api, query } from '../api/client';
import { ErrorState, Loading } from '../layout/QueryState';
import { DownloadLink } from '../layout/LongWork';
import { AdminNav } from './AdminNav';
import type { UserRecord } from './types';
import { ScrollRegion } from '../layout/ScrollRegion';
import { formatDateTimeSeconds, viewerZone } from '../i18n/format';
import { AuditDetails } from './AuditDetails';
import { recordPath } from './audit-details';
import { DateInput } from '../layout/DateInput';

const FILTERS = ['userId', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
const PAGE_SIZE = 50;

/** A day picked in the form → the instant it starts here (`to` is exclusive: the next day's start). */
function dayStart(day: string, next = false): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (next) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

export function AuditPage() {
  const { t, i18n } = useTranslation('users');
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const page = Number(params.get('page') ?? 1) || 1;
  const apiQuery = { ...filter, from: dayStart(filter.from!), to: dayStart(filter.to!, true) };

  const vocabulary = useQuery({
    queryKey: ['audit', 'vocabulary'],
    queryFn: () => api.get<{ actions: string[]; entityTypes: string[] }>('/audit/vocabulary'),
  });
  const users = useQuery({ queryKey: ['users', '', ''], queryFn: () => api.get<{ users: UserRecord[] }>('/users') });
  const log = useQuery({
    queryKey: ['audit', apiQuery, page],
    queryFn: () => api.get<{ events: AuditEvent[]; total: number }>(`/audit${query({ ...apiQuery, page, pageSize: PAGE_SIZE })}`),
  });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    for (const k of FILTERS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) next[k] = v;
    }
    setParams(next);
  }

  const zone = viewerZone();
  const actionName = (code: string) => t(`audit.actions.${code}`, { defaultValue: code });
  const typeName = (code: string) => t(`audit.entityTypes.${code}`, { defaultValue: code });
  const byName = (names: string[], name: (code: string) => string): Array<[string, string]> =>
    names.map((code): [string, string] => [code, name(code)]).sort((a, b) => a[1].localeCompare(b[1], i18n.resolvedLanguage));
  const accounts = new Map((users.data?.users ?? []).map((u) => [u.id, u]));
  const emailOf = (id: number) => accounts.get(id)?.email;
  const record = (e: AuditEvent) => {
    const account = e.entityType === 'user' && /^\d+$/.test(e.entityId) ? accounts.get(Number(e.entityId)) : undefined;
    const name = `${typeName(e.entityType)} ${account?.displayName ?? e.entityId}`;
    const path = recordPath(e.entityType, e.entityId, e.changes, emailOf);
    return path ? <Link to={path}>{name}</Link> : name;
  };
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;
  const goTo = (p: number) => setParams({ ...Object.fromEntries([...params].filter(([k]) => k !== 'page')), page: String(p) });
  const choice = (name: string, label: string, values: Array<[string, string]>) => (
    <label className="field">
      <span>{label}</span>
      <select name={name} defaultValue={filter[name]}>
        <option value="">{t('audit.any')}</option>
        {values.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section>
      <AdminNav />
      <div className="card">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
        <form className="form audit-filter" onSubmit={apply} key={params.toString()} data-testid="audit-filter">
          {choice(
            'userId',
            t('audit.user'),
            (users.data?.users ?? []).map((u) => [String(u.id), `${u.displayName} <${u.email}>`]),
          )}
          {choice('action', t('audit.action'), byName(vocabulary.data?.actions ?? [], actionName))}
          {choice('entityType', t('audit.entityType'), byName(vocabulary.data?.entityTypes ?? [], typeName))}
          <label className="field">
            <span>{t('audit.entityId')}</span>
            <input name="entityId" defaultValue={filter.entityId} maxLength={400} />
          </label>
          <label className="field">
            <span>{t('audit.from')}</span>
            <DateInput type="date" name="from" defaultValue={filter.from} />
          </label>
          <label className="field">
            <span>{t('audit.to')}</span>
            <DateInput type="date" name="to" defaultValue={filter.to} />
          </label>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('audit.apply')}
            </button>
            <DownloadLink className="button" href={`/api/audit.csv${query(apiQuery)}`} testId="audit-csv">
              {t('audit.csv')}
            </DownloadLink>
          </div>
        </form>
        {log.isPending && <Loading />}
        {log.error && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
        {log.data && (
          <>
            <p className="muted" data-testid="audit-total">
              {t('audit.total', { count: log.data.total })}
            </p>
            <ScrollRegion label={t('audit.title')}>
              <table className="table" data-testid="audit-events">
                <thead>
                  <tr>
                    <th>{t('audit.when')}</th>
                    <th>{t('audit.user')}</th>
                    <th>{t('audit.action')}</th>
                    <th>{t('audit.entity')}</th>
                    <th>{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.events.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDateTimeSeconds(e.occurredAt, zone)}</td>
                      <td>{e.actor ?? t('audit.system')}</td>
                      <td>{actionName(e.action)}</td>
                      <td>{record(e)}</td>
                      <td>
                        <AuditDetails changes={e.changes} occurredAt={e.occurredAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <nav className="form-actions" aria-label={t('audit.pages')}>
              <button type="button" className="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('audit.previous')}
              </button>
              <span>{t('audit.page', { page, pages })}</span>
              <button type="button" className="button" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('audit.next')}
              </button>
            </nav>
          </>
        )}
      </div>
    </section>
  );
}
