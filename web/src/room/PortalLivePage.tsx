/**
 * The portal's live page of a public meeting, for anyone without signing in:
 * what is being discussed, who has the floor (with the time left), the agenda
 * and the record of decisions — only documents the public may see. Updated
 * live through the page's one subscription (live/keys.ts marks
 * ['portal', 'live', id] stale on every step in the room and decision).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { setPageMeta } from '../press/meta';
import { Record } from './DecisionsPanel';
import { usePortalLive } from './decisions-api';
import { Countdown } from './parts';
import './room.css';

export function PortalLivePage() {
  const { t, i18n } = useTranslation('room');
  const { id } = useParams();
  const live = usePortalLive(id);
  const data = live.data;

  useEffect(() => {
    if (data) setPageMeta({ title: `${t('live.title', { meeting: pick(data.meeting, 'title') })} · Gavel`, description: t('live.eyebrow') });
  }, [data, t, i18n.resolvedLanguage]);

  if (live.isPending) return <Loading />;
  if (live.isError || !data) return <PageError error={live.error} onRetry={() => void live.refetch()} />;
  const { meeting: m } = data;
  const offsetMs = Date.parse(data.serverTime) - Date.now();
  const current = data.items.find((i) => i.id === data.currentItemId) ?? null;
  const s = data.speaking;
  return (
    <article className="portal portal-live" data-testid="portal-live">
      <p className="breadcrumb">
        <Link to={`/portal/meetings/${m.id}`}>← {t('live.back')}</Link>
      </p>
      <p className="eyebrow">{t('live.eyebrow')}</p>
      <h1 data-testid="live-title">
        <Picked of={m} field="title" />
      </h1>
      {m.status !== 'in_progress' && <p className="muted">{m.status === 'held' ? t('live.closed') : t('live.notStarted')}</p>}
      {m.suspendedAt && <p className="state">{t('live.suspended')}</p>}
      <section className="card live-now" data-testid="live-now" aria-live="polite">
        <h2>{t('live.now')}</h2>
        <p data-testid="live-item">{current ? `${current.position}. ${pick(current, 'title')}` : t('live.nothing')}</p>
        <h3>{t('live.floor')}</h3>
        <p className="live-floor" data-testid="live-speaker">
          {s ? (
            <>
              <Picked of={s.delegation} field="name" />{' '}
              {s.startedAt && <Countdown speaker={{ startedAt: s.startedAt, timeLimitSeconds: s.timeLimitSeconds }} offsetMs={offsetMs} />}
            </>
          ) : (
            <span className="muted">{t('live.nobody')}</span>
          )}
        </p>
      </section>
      <Record decisions={data.decisions} meetingId={m.id} zone={m.hostTimeZone} />
      <section className="card">
        <h2>{t('live.agenda')}</h2>
        <ol className="live-agenda plain-numbers">
          {data.items.map((i) => (
            <li key={i.id} aria-current={i.id === data.currentItemId ? 'step' : undefined}>
              <Picked of={i} field="title" /> <span className="muted small">· {t(`item.state.${i.state}`)}</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
