/** The feeds and pages media monitoring watches: added, paused, resumed, with how their last poll went. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState, Loading } from '../layout/QueryState';
import { formatInZone } from './format';
import { useAddSource, usePollSource, useSources, useUpdateSource, type MonitorSource } from './monitoring-api';

export function SourcesPage() {
  const { t, i18n } = useTranslation('press');
  const sources = useSources();
  const add = useAddSource();
  const update = useUpdateSource();
  const poll = usePollSource();
  const [kind, setKind] = useState<MonitorSource['kind']>('feed');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState(60);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ kind, url: url.trim(), name: name.trim(), intervalMinutes: minutes }, { onSuccess: () => (setUrl(''), setName('')) });
  };
  const when = (iso: string | null) => (iso ? formatInZone(iso, undefined, i18n.resolvedLanguage) : '—');

  return (
    <section>
      <p>
        <Link to="/press/monitoring">← {t('monitoring.title')}</Link>
      </p>
      <h1>{t('sources.title')}</h1>
      <form className="card stack" onSubmit={onSubmit} data-testid="source-form">
        <label className="field">
          {t('sources.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MonitorSource['kind'])} name="kind">
            <option value="feed">{t('sources.kinds.feed')}</option>
            <option value="section">{t('sources.kinds.section')}</option>
            <option value="page">{t('sources.kinds.page')}</option>
          </select>
        </label>
        <label className="field">
          {t('sources.url')}
          <input type="url" required maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} name="url" />
        </label>
        <label className="field">
          {t('sources.name')}
          <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} name="name" />
        </label>
        <label className="field">
          {t('sources.interval')}
          <input type="number" min={5} max={10080} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} name="intervalMinutes" />
        </label>
        <small className="muted">{t('sources.hint')}</small>
        {add.isError && <ErrorState error={add.error} />}
        <button className="button button-primary" type="submit" disabled={add.isPending} data-testid="source-add">
          {t('sources.add')}
        </button>
      </form>
      {sources.isPending && <Loading />}
      {sources.isError && <ErrorState error={sources.error} />}
      {update.isError && <ErrorState error={update.error} />}
      {poll.isError && <ErrorState error={poll.error} />}
      <ul className="plain-list stack">
        {sources.data?.map((s) => (
          <li key={s.id} className="card" data-testid={`source-${s.id}`}>
            <h3>
              {s.name} <span className="badge">{t(`sources.kinds.${s.kind}`)}</span>
              {!s.active && <span className="badge">{t('sources.paused')}</span>}
            </h3>
            <p className="muted clipping-source">{s.url}</p>
            <p>
              {t('sources.lastPoll')}: {when(s.lastFetchedAt)}
              {s.lastStatus && (
                <>
                  {' · '}
                  <span className={s.lastStatus === 'failed' || s.lastStatus === 'blocked' ? 'badge badge-warning' : 'badge'} data-testid="source-status">
                    {t(`sources.status.${s.lastStatus}`)}
                  </span>
                </>
              )}
              {' · '}
              {t('sources.clippings', { count: s.clippings })}
            </p>
            {s.lastError && (
              <p className="error-text" data-testid="source-error">
                {s.lastError}
              </p>
            )}
            {s.failures > 0 && <p className="muted">{t('sources.failures', { count: s.failures, when: when(s.nextDueAt) })}</p>}
            {s.active && s.failures === 0 && <p className="muted">{t('sources.next', { when: when(s.nextDueAt) })}</p>}
            <div className="row-wrap">
              <button className="button button-small" type="button" onClick={() => poll.mutate(s.id)} disabled={poll.isPending} data-testid="source-poll">
                {t('sources.pollNow')}
              </button>
              <button className="button button-small" type="button" onClick={() => update.mutate({ id: s.id, active: !s.active })} data-testid="source-toggle">
                {s.active ? t('sources.pause') : t('sources.resume')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {sources.data?.length === 0 && <p className="muted">{t('sources.none')}</p>}
    </section>
  );
}
