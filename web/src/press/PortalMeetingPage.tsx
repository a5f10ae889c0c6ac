/**
 * A meeting on the public portal: when it is (in the visitor's zone, named,
 * and in the host's), what it adopted, noted and issued — only documents the
 * public may see, each linked to the public registry — its news and briefings.
 */
import { Fragment, useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatNumber, formatRange, instantIn, zoneLabel } from '../i18n/format';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { formatInZone } from './format';
import { setPageMeta } from './meta';
import { ArticleCard, useVisitorZone } from './PortalParts';
import { usePortalMeeting, type PortalMeeting } from './portal-api';

function When({ meeting: m }: { meeting: PortalMeeting['meeting'] }) {
  const { t } = useTranslation('press');
  const zone = useVisitorZone();
  return (
    <div className="portal-when">
      <p data-testid="meeting-when">
        <strong>{formatRange(instantIn(m.startsAt, zone), instantIn(m.endsAt, zone))}</strong>
        <br />
        <span className="muted small" data-testid="portal-zone">
          {t('portal.yourZone', { zone: zoneLabel(zone, m.startsAt) })}
        </span>
      </p>
      {zone !== m.hostTimeZone && (
        <p className="muted small">
          <Trans
            t={t}
            i18nKey="portal.hostTime"
            values={{ when: formatRange(instantIn(m.startsAt, m.hostTimeZone), instantIn(m.endsAt, m.hostTimeZone)) }}
            components={{ city: <Picked of={m} field="hostCity" /> }}
          />
        </p>
      )}
    </div>
  );
}

export function PortalMeetingPage() {
  const { t, i18n } = useTranslation(['press', 'documents']);
  const { id } = useParams();
  const page = usePortalMeeting(id);
  const data = page.data;

  useEffect(() => {
    if (data) {
      setPageMeta({
        title: `${pick(data.meeting, 'title')} · ${t('portal.meetingDocuments')} · Gavel`,
        description: t('portal.meetingDescription', { meeting: pick(data.meeting, 'title'), count: data.outcomes.total }),
      });
    }
  }, [data, t, i18n.resolvedLanguage]);

  if (page.isPending) return <Loading />;
  if (page.isError || !data) return <PageError error={page.error} />;
  const { meeting, outcomes } = data;
  const aknOf = new Map(data.akn.map((a) => [a.documentId, a.languages]));
  return (
    <article className="portal portal-meeting">
      <p className="breadcrumb">
        <Link to="/portal">← {t('portal.title')}</Link>
      </p>
      <p className="eyebrow">{t('portal.meetingDocuments')}</p>
      <h1 data-testid="meeting-title">
        <Picked of={meeting} field="title" />
      </h1>
      <When meeting={meeting} />
      <p>
        <Link className="button" to={`/portal/meetings/${meeting.id}/live`} data-testid="follow-live">
          {t('room:live.follow')}
        </Link>
      </p>
      <div className="portal-grid">
        <section>
          <h2>{t('portal.outcomes', { count: outcomes.total })}</h2>
          {outcomes.total === 0 && <p className="card muted">{t('portal.noOutcomes')}</p>}
          {outcomes.groups.map((g) => (
            <section className="card" key={`${g.action}-${g.type}`} data-testid="outcome-group">
              <h3>
                {t(`documents:actionDone.${g.action}`)} — {t(`documents:type.${g.type}`)} ({formatNumber(g.count)})
              </h3>
              <ul className="plain portal-outcome-list">
                {g.documents.map((d) => (
                  <li key={d.id}>
                    <Link to={`/documents/${d.id}`}>
                      <Picked of={d} field="title" />
                    </Link>{' '}
                    <span className="muted small nowrap">{d.referenceCode}</span>
                    {aknOf.get(d.id)?.map((lang) => (
                      <Fragment key={lang}>
                        {' '}
                        <a
                          className="small nowrap portal-akn"
                          href={`/api/portal/documents/${d.id}/akn?lang=${lang}`}
                          download
                          title={t('portal.aknTitle', { language: t(`documents:text.language.${lang}`) })}
                          data-testid="portal-akn"
                        >
                          {t('portal.akn', { lang: lang.toUpperCase() })}
                        </a>
                      </Fragment>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p>
            <Link to={`/documents?meeting=${meeting.id}`} data-testid="registry-link">
              {t('portal.inRegistry')}
            </Link>{' '}
            · <Link to={`/meetings/${meeting.id}`}>{t('portal.meetingDetails')}</Link>
          </p>
        </section>
        <aside>
          {data.briefings.length > 0 && (
            <>
              <h2>{t('portal.briefings')}</h2>
              <ul className="plain portal-briefings">
                {data.briefings.map((b) => (
                  <li key={b.id} className="card">
                    <strong>{formatInZone(b.startsAt, undefined, i18n.resolvedLanguage)}</strong>
                    <div>
                      <Picked of={b} field="topic" />
                    </div>
                    <small className="muted">
                      <Picked of={b} field="place" />
                    </small>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('portal.meetingNews')}</h2>
          {data.articles.length === 0 && <p className="muted">{t('portal.none')}</p>}
          {data.articles.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </aside>
      </div>
    </article>
  );
}
