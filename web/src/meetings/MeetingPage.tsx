/** One meeting: facts in the host's time, agenda, and every delegation's local times. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMeeting } from '../api/queries';
import type { MeetingDetail, PartyRef, PersonRef } from '../api/types';
import { canEditMeetings, useUser } from '../auth/session';
import { formatRange, instantIn } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { DelegationsTable } from './DelegationsTable';
import { StaffDelegations } from './StaffDelegations';
import { Badge, StatusBadge, ZoneLabel } from './labels';

export function MeetingPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const user = useUser();

  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <PageError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;

  return (
    <article className="meeting">
      <p className="breadcrumb">
        <Link to="/">← {t('meeting.back')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            {m.seriesCode} · <Picked of={m} field="seriesName" />
            {m.edition !== null && ` · ${t('meeting.edition', { count: m.edition, ordinal: true })}`}
          </p>
          <h1 data-testid="meeting-title">
            <Picked of={m} field="title" />
          </h1>
          <p className="badges">
            <StatusBadge status={m.status} />
            <Badge kind="level" value={m.level} />
            <Badge kind="format" value={m.format} />
            {!m.isPublic && <span className="badge badge-internal">{t('meeting.internal')}</span>}
          </p>
          <p>
            <Link to={`/meetings/${m.id}/room`} data-testid="room-link">
              {t('room:openRoom')}
            </Link>
            {' · '}
            <Link to={`/meetings/${m.id}/projector`} data-testid="projector-link">
              {t('room:projector')}
            </Link>
          </p>
          {m.isPublic && (
            <p>
              <Link to={`/portal/meetings/${m.id}`} data-testid="portal-meeting-link">
                {t('meeting.portalPage')}
              </Link>
            </p>
          )}
        </div>
        {canEditMeetings(user) && (
          <Link className="button button-primary" to={`/meetings/${m.id}/edit`} data-testid="edit-meeting">
            {t('meeting.edit')}
          </Link>
        )}
      </header>

      <div className="meeting-grid">
        <FactList meeting={m} />
        <section className="card">
          <h2>{t('meeting.agenda')}</h2>
          {m.agenda.length === 0 ? (
            <p className="muted">{t('meeting.noAgenda')}</p>
          ) : (
            <ol className="agenda">
              {[...m.agenda]
                .sort((a, b) => a.position - b.position)
                .map((item) => (
                  <li key={item.id}>
                    <Picked of={item} field="title" />
                  </li>
                ))}
            </ol>
          )}
        </section>
      </div>

      <section className="card">
        <div className="section-heading">
          <h2>{t('meeting.delegations')}</h2>
          <span className="muted" data-testid="delegation-count">
            {t('meeting.delegationCount', { count: m.delegations.length })}
          </span>
        </div>
        {canEditMeetings(user) ? (
          <StaffDelegations meeting={m} />
        ) : m.delegations.length === 0 ? (
          <p className="muted">{t('meeting.noDelegations')}</p>
        ) : (
          <DelegationsTable delegations={m.delegations} />
        )}
      </section>
    </article>
  );
}

function FactList({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const start = instantIn(m.startsAt, m.hostTimeZone);
  const end = instantIn(m.endsAt, m.hostTimeZone);
  return (
    <section className="card">
      <dl className="facts">
        <dt>{t('meeting.when')}</dt>
        <dd data-testid="meeting-when">{formatRange(start, end)}</dd>
        <dt>{t('meeting.host')}</dt>
        <dd>
          <Picked of={m} field="hostCity" />
        </dd>
        <dt>{t('meeting.hostZone')}</dt>
        <dd>
          <ZoneLabel zone={m.hostTimeZone} at={m.startsAt} />
        </dd>
        <dt>{t('meeting.chair')}</dt>
        <dd>{m.chair ? <ChairName party={m.chair.party} person={m.chair.person} /> : t('meeting.none')}</dd>
        {m.coChairs.length > 0 && (
          <>
            <dt>{t('meeting.coChairs')}</dt>
            <dd>
              <ul className="plain">
                {m.coChairs.map((c) => (
                  <li key={c.party.code}>
                    <ChairName party={c.party} person={c.person} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {m.cluster && (
          <>
            <dt>{t('meeting.cluster')}</dt>
            <dd>
              <Picked of={m.cluster} field="title" />
              <br />
              <Link to={`/?cluster=${m.cluster.id}`} data-testid="cluster-link">
                {t('meeting.clusterLink')} →
              </Link>
              {canEditMeetings(user) && (
                <>
                  <br />
                  <ClusterScheduleLink id={m.cluster.id} />
                </>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function ChairName({ party, person }: { party: PartyRef | null; person: PersonRef | null }) {
  const { t } = useTranslation();
  if (!party && !person) return <>{t('meeting.none')}</>;
  return (
    <>
      {person && <Link to={`/people/${person.id}`}>{person.fullName}</Link>}
      {person && party && ' · '}
      {party && (
        <Link to={`/partners/${party.code}`}>
          <Picked of={party} field="name" />
        </Link>
      )}
    </>
  );
}

/** Staff only: its words are in the scheduling namespace, fetched with the staff's chunk (i18n/index.ts). */
function ClusterScheduleLink({ id }: { id: number }) {
  const { t } = useTranslation('scheduling');
  return (
    <Link to={`/clusters/${id}/schedule`} data-testid="cluster-schedule-link">
      {t('clusterLink')} →
    </Link>
  );
}
