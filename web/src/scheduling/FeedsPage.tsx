/**
 * A delegation's subscribable calendar feed: create a link (shown once, as
 * https and webcal), copy it, see the links that are live with when they were
 * made and last fetched, and revoke one. Staff manage every delegation's
 * feed; a delegation liaison only its own.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { canEditMeetings, may, useSession } from '../auth/session';
import { formatShortDate, formatTime, instantIn, viewerZone, zoneLabel } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { ErrorState, Loading, PageError } from '../layout/QueryState';
import { ConfirmButton } from '../meetings/form-parts';
import { useCreateFeed, useFeeds, useRevokeFeed, type FeedToken, type PartyFeeds } from './api';
import { OwnBurden } from './OwnBurden';
import './scheduling.css';
import { ScrollRegion } from '../layout/ScrollRegion';

export function FeedsPage() {
  const { t } = useTranslation('scheduling');
  const session = useSession();
  const user = session.data?.user ?? null;
  const allowed = may(user, 'schedule.feeds');
  const feeds = useFeeds(allowed);
  const [params, setParams] = useSearchParams();

  // The route's gate (App.tsx) refuses a reader without 'schedule.feeds'.
  if (session.isPending || !allowed) return <Loading />;
  if (feeds.isPending) return <Loading />;
  if (feeds.isError) return <PageError error={feeds.error} onRetry={() => void feeds.refetch()} />;
  const parties = feeds.data.parties;
  const chosen = parties.find((p) => p.code === params.get('party')) ?? parties[0];

  return (
    <article className="schedule-page">
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('title')}</p>
          <h1>{t('feedsPage.title')}</h1>
          <p className="muted">{t('feedsPage.intro')}</p>
        </div>
      </header>
      {parties.length === 0 ? (
        <p className="state" data-testid="feeds-none">
          {t('feedsPage.none')}
        </p>
      ) : (
        <>
          {parties.length > 1 && (
            <label className="field feeds-party">
              {t('feeds.delegation')}
              <select value={chosen!.code} onChange={(e) => setParams({ party: e.target.value })} data-testid="feeds-party">
                {parties.map((p) => (
                  <option key={p.code} value={p.code} lang={fallbackLang(p, 'name')}>
                    {pick(p, 'name')}
                  </option>
                ))}
              </select>
            </label>
          )}
          <PartyFeed party={chosen!} key={chosen!.code} />
        </>
      )}
      {/* Staff see every delegation's burden on the scheduling home; a liaison its own, here. */}
      {!canEditMeetings(user) && <OwnBurden />}
    </article>
  );
}

function PartyFeed({ party }: { party: PartyFeeds }) {
  const { t } = useTranslation('scheduling');
  const [label, setLabel] = useState('');
  const create = useCreateFeed();
  const live = party.tokens.filter((x) => x.revokedAt === null);
  const revoked = party.tokens.filter((x) => x.revokedAt !== null);
  const https = create.data?.subscribeUrl ?? null;

  return (
    <>
      <section className="card">
        <h2 data-testid="feeds-heading">{t('feedsPage.for', { delegation: pick(party, 'name') })}</h2>
        <p className="hint">{t('feedsPage.what', { zone: zoneLabel(party.timeZone) })}</p>
        <form
          className="schedule-controls"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({ delegationId: party.delegationId, label: label.trim() }, { onSuccess: () => setLabel('') });
          }}
        >
          <label className="field feeds-label">
            {t('feedsPage.label')}
            <input value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} placeholder={t('feedsPage.labelHint')} data-testid="feed-label" />
          </label>
          <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="create-feed">
            {t('feeds.create')}
          </button>
        </form>
        {create.isError && <ErrorState error={create.error} />}
        {https && (
          <div className="notice" data-testid="feed-url-box">
            <p>
              <strong>{t('feeds.created')}</strong>
            </p>
            <CopyField label={t('feedsPage.https')} value={https} testId="feed-url" />
            <CopyField label={t('feedsPage.webcal')} value={https.replace(/^https?:/, 'webcal:')} testId="feed-webcal" />
            <p>
              <a href={https.replace(/^https?:/, 'webcal:')}>{t('feeds.subscribe')}</a> ·{' '}
              <a href={https} download data-testid="feed-download">
                {t('feeds.download')}
              </a>
            </p>
          </div>
        )}
      </section>

      <section className="card">
        <h2>{t('feedsPage.live')}</h2>
        {live.length === 0 ? (
          <p className="muted" data-testid="feeds-empty">
            {t('feedsPage.noLive')}
          </p>
        ) : (
          <TokenTable tokens={live} live label={t('feedsPage.live')} />
        )}
        {revoked.length > 0 && (
          <details className="feeds-revoked">
            <summary>{t('feedsPage.revoked', { count: revoked.length })}</summary>
            <TokenTable tokens={revoked} live={false} label={t('feedsPage.revoked', { count: revoked.length })} />
          </details>
        )}
      </section>
    </>
  );
}

function TokenTable({ tokens, live, label }: { tokens: FeedToken[]; live: boolean; label: string }) {
  const { t } = useTranslation('scheduling');
  const revoke = useRevokeFeed();
  const zone = viewerZone();
  const when = (iso: string | null) => {
    if (!iso) return t('feedsPage.never');
    const dt = instantIn(iso, zone);
    return `${formatShortDate(dt)} ${dt.toFormat('yyyy')} ${formatTime(dt)}`;
  };
  return (
    <ScrollRegion label={label}>
      <table className="table" data-testid={live ? 'feeds-live' : 'feeds-revoked'}>
        <thead>
          <tr>
            <th>{t('feedsPage.labelColumn')}</th>
            <th>{t('feedsPage.created')}</th>
            <th>{t('feedsPage.lastUsed')}</th>
            <th>{live ? '' : t('feedsPage.revokedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-testid={`feed-token-${token.id}`}>
              <td>{token.label ?? <span className="muted">{t('feedsPage.noLabel')}</span>}</td>
              <td className="small">
                {when(token.createdAt)}
                {token.createdBy && <span className="muted"> · {token.createdBy}</span>}
              </td>
              <td className="small" data-testid="feed-last-used">
                {when(token.lastUsedAt)}
              </td>
              <td>
                {live ? (
                  <ConfirmButton
                    label={t('feedsPage.revoke')}
                    question={t('feedsPage.revokeQuestion')}
                    confirmLabel={t('feedsPage.revokeConfirm')}
                    pending={revoke.isPending}
                    onConfirm={() => revoke.mutate(token.id)}
                    testId={`revoke-${token.id}`}
                    small
                  />
                ) : (
                  <span className="small">{when(token.revokedAt)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoke.isError && <ErrorState error={revoke.error} />}
    </ScrollRegion>
  );
}

/** A read-only URL with a copy button (the clipboard may be refused; the text is selected then). */
function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation('scheduling');
  const [copied, setCopied] = useState(false);
  return (
    <label className="field feeds-copy">
      {label}
      <span className="feeds-copy-row">
        <input className="schedule-feed-url" readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="button button-small"
          onClick={(e) => {
            const input = e.currentTarget.previousElementSibling as HTMLInputElement | null;
            if (!navigator.clipboard) return input?.select();
            navigator.clipboard.writeText(value).then(
              () => setCopied(true),
              () => input?.select(),
            );
          }}
          data-testid={`${testId}-copy`}
        >
          {copied ? t('feedsPage.copied') : t('feedsPage.copy')}
        </button>
      </span>
    </label>
  );
}
