/** One party: names, kind, time zone, partnership status history and its meetings. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useParty } from '../api/queries';
import type { PartyStatus } from '../api/types';
import { formatDay } from '../i18n/format';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { Badge, MeetingTable, ZoneLabel } from '../meetings/labels';

export function PartnerPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const party = useParty(code);

  if (party.isPending) return <Loading />;
  if (party.isError) return <ErrorState error={party.error} onRetry={() => void party.refetch()} />;
  const p = party.data;

  return (
    <article>
      <p className="breadcrumb">
        <Link to="/partners">← {t('partners.title')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{p.code}</p>
          <h1>{pick(p, 'name')}</h1>
          <p className="badges">
            <Badge kind="kind" value={p.kind} />
            {p.currentStatus && <Badge kind="partnerStatus" value={p.currentStatus} />}
          </p>
        </div>
      </header>
      <div className="meeting-grid">
        <section className="card">
          <dl className="facts">
            <dt>{t('partners.nameVi')}</dt>
            <dd lang="vi">{p.nameVi}</dd>
            <dt>{t('partners.nameEn')}</dt>
            <dd lang="en">{p.nameEn}</dd>
            <dt>{t('partners.kind')}</dt>
            <dd>{t(`kind.${p.kind}`, { defaultValue: p.kind })}</dd>
            <dt>{t('partners.timeZone')}</dt>
            <dd>
              <ZoneLabel zone={p.timeZone} />
            </dd>
          </dl>
        </section>
        <section className="card">
          <h2>{t('partners.statusHistory')}</h2>
          {p.statuses.length === 0 ? <p className="muted">{t('partners.noStatuses')}</p> : <StatusTimeline statuses={p.statuses} />}
        </section>
      </div>
      <section className="card">
        <h2>{t('partners.meetings')}</h2>
        <MeetingTable meetings={p.meetings} empty={t('partners.noMeetings')} />
      </section>
    </article>
  );
}

function StatusTimeline({ statuses }: { statuses: PartyStatus[] }) {
  const { t } = useTranslation();
  const sorted = [...statuses].sort((a, b) => a.since.localeCompare(b.since));
  return (
    <ol className="timeline" data-testid="status-history">
      {sorted.map((s) => (
        <li key={`${s.status}:${s.since}`} className={s.until === null ? 'current' : undefined}>
          <div className="timeline-when">
            {s.until === null
              ? t('partners.since', { date: formatDay(s.since) })
              : t('partners.range', { from: formatDay(s.since), to: formatDay(s.until) })}
          </div>
          <div className="timeline-what">
            <Badge kind="partnerStatus" value={s.status} />
            {s.until === null && <span className="muted small"> ({t('partners.current')})</span>}
          </div>
          {(s.noteEn || s.noteVi) && <p className="timeline-note">{pick(s, 'note')}</p>}
          {s.decidedAt && (
            <p className="small">
              {t('partners.decidedAt')}: <Link to={`/meetings/${s.decidedAt.id}`}>{pick(s.decidedAt, 'title')}</Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
