/**
 * Briefings on the news desk: announce one (press officers), record what the
 * speakers said in both languages, and publish the remarks as a news draft
 * in one step; a briefing shows the article made from it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useUser } from '../auth/session';
import { Picked } from '../i18n/InLanguage';
import { ErrorDetails, ErrorState, Loading } from '../layout/QueryState';
import { isPressOfficer } from './api';
import { BriefingForm } from './BriefingForm';
import { useBriefingChanges, useDeskBriefings, type DeskBriefing } from './desk-api';
import { formatInZone } from './format';

function Remarks({ briefing: b, officer }: { briefing: DeskBriefing; officer: boolean }) {
  const { t } = useTranslation('press');
  const navigate = useNavigate();
  const { remarks, publish } = useBriefingChanges();
  const [saved, setSaved] = useState(false);
  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setSaved(false);
    remarks.mutate({ id: b.id, remarksVi: String(f.get('remarksVi')), remarksEn: String(f.get('remarksEn')) }, { onSuccess: () => setSaved(true) });
  };
  const error = remarks.error ?? publish.error;
  return (
    <form onSubmit={onSave} className="remarks-form">
      <fieldset disabled={!officer} className="plain-fieldset">
        <div className="form-row">
          {(['remarksVi', 'remarksEn'] as const).map((name) => (
            <label className="field" key={name}>
              {t(`briefing.${name}`)}
              <textarea name={name} rows={5} defaultValue={b[name] ?? ''} required />
            </label>
          ))}
        </div>
      </fieldset>
      {error instanceof ApiError && (
        <div className="state state-error" role="alert">
          {error.message}
          <ErrorDetails details={error.details} />
        </div>
      )}
      {saved && <p role="status">{t('briefing.remarksSaved')}</p>}
      {officer && (
        <div className="form-actions">
          <button type="submit" className="button" disabled={remarks.isPending}>
            {t('briefing.saveRemarks')}
          </button>
          {!b.article && (
            <button
              type="button"
              className="button button-primary"
              disabled={publish.isPending || !b.remarksEn || !b.remarksVi}
              title={!b.remarksEn || !b.remarksVi ? t('briefing.remarksFirst') : undefined}
              onClick={() => publish.mutate(b.id, { onSuccess: (a) => void navigate(`/press/articles/${a.id}`) })}
            >
              {t('briefing.publishRemarks')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

export function BriefingsPage() {
  const { t, i18n } = useTranslation('press');
  const user = useUser();
  const officer = isPressOfficer(user?.roles);
  const briefings = useDeskBriefings();
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/press">← {t('home.title')}</Link>
      </p>
      <h1>{t('briefing.title')}</h1>
      {officer && <BriefingForm />}
      {briefings.isPending && <Loading />}
      {briefings.isError && <ErrorState error={briefings.error} onRetry={() => void briefings.refetch()} />}
      {briefings.data?.map((b) => (
        <article key={b.id} className="card" data-testid={`briefing-${b.id}`}>
          <h2>
            <Picked of={b} field="topic" />
          </h2>
          <p className="muted">
            {formatInZone(b.startsAt, b.timeZone, i18n.resolvedLanguage)} · <Picked of={b} field="place" /> · {b.speakers.join(', ')}
            {b.meetingId && (
              <>
                {' '}
                ·{' '}
                <Link to={`/portal/meetings/${b.meetingId}`}>
                  <Picked of={b} field="meetingTitle" />
                </Link>
              </>
            )}
          </p>
          {b.article && (
            <p data-testid="briefing-article">
              {t('briefing.article')}:{' '}
              <Link to={`/press/articles/${b.article.id}`}>
                <Picked of={b.article} field="title" />
              </Link>{' '}
              <span className="badge">{t(`articleStatus.${b.article.status}`)}</span>
            </p>
          )}
          <Remarks briefing={b} officer={officer} />
        </article>
      ))}
    </section>
  );
}
