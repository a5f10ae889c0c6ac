/** One party: names, kind, time zone, partnership status history, applications and its meetings; admins record changes here. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useParty } from '../api/queries';
import type { PartyApplication, PartyStatus } from '../api/types';
import { canEditReference, useUser } from '../auth/session';
import { formatDay } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError, RequestFailure } from '../layout/QueryState';
import { ConfirmButton } from '../meetings/form-parts';
import { Badge, MeetingTable, ZoneLabel } from '../meetings/labels';
import { useRemoveStatus } from './api';
import { ApplicationForm, StatusForm, StepForm } from './PartnerForms';

export function PartnerPage() {
  const { code } = useParams();
  const { t } = useTranslation();
  const party = useParty(code);
  const editor = canEditReference(useUser());

  if (party.isPending) return <Loading />;
  if (party.isError) return <PageError error={party.error} onRetry={() => void party.refetch()} />;
  const p = party.data;
  // Members hold no partner status: the server refuses it.
  const editable = editor && p.kind !== 'member';

  return (
    <article>
      <p className="breadcrumb">
        <Link to="/partners">← {t('partners.title')}</Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{p.code}</p>
          <h1>
            <Picked of={p} field="name" />
          </h1>
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
          {p.statuses.length === 0 ? (
            <p className="muted">{t('partners.noStatuses')}</p>
          ) : (
            <StatusTimeline code={p.code} statuses={p.statuses} editable={editable} />
          )}
          {editable && <StatusForm code={p.code} />}
        </section>
      </div>
      {(p.applications.length > 0 || editable) && (
        <section className="card" data-testid="applications">
          <Applications code={p.code} applications={p.applications} editable={editable} />
          {editable && <ApplicationForm code={p.code} />}
        </section>
      )}
      <section className="card">
        <h2>{t('partners.meetings')}</h2>
        <MeetingTable meetings={p.meetings} empty={t('partners.noMeetings')} label={t('partners.meetings')} />
      </section>
    </article>
  );
}

function StatusTimeline({ code, statuses, editable }: { code: string; statuses: PartyStatus[]; editable: boolean }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('partners');
  const remove = useRemoveStatus(code);
  const sorted = [...statuses].sort((a, b) => a.since.localeCompare(b.since));
  const latest = sorted.at(-1);
  return (
    <>
      <ol className="timeline" data-testid="status-history">
        {sorted.map((s) => (
          <li key={s.id} className={s.until === null ? 'current' : undefined}>
            <div className="timeline-when">
              {s.until === null ? t('partners.since', { date: formatDay(s.since) }) : t('partners.range', { from: formatDay(s.since), to: formatDay(s.until) })}
            </div>
            <div className="timeline-what">
              <Badge kind="partnerStatus" value={s.status} />
              {s.until === null && <span className="muted small"> ({t('partners.current')})</span>}
            </div>
            {(s.noteEn || s.noteVi) && (
              <p className="timeline-note">
                <Picked of={s} field="note" />
              </p>
            )}
            {s.decidedAt && (
              <p className="small">
                {t('partners.decidedAt')}:{' '}
                <Link to={`/meetings/${s.decidedAt.id}`}>
                  <Picked of={s.decidedAt} field="title" />
                </Link>
              </p>
            )}
            {editable && s === latest && (
              <ConfirmButton
                small
                label={tp('form.removeLatest')}
                question={tp('form.removeLatestQuestion')}
                confirmLabel={tp('form.remove')}
                pending={remove.isPending}
                onConfirm={() => remove.mutate(s.id)}
                testId="status-remove"
              />
            )}
          </li>
        ))}
      </ol>
      <RequestFailure error={remove.error} />
    </>
  );
}

function Applications({ code, applications, editable }: { code: string; applications: PartyApplication[]; editable: boolean }) {
  const { t } = useTranslation('partners');
  return (
    <>
      <h2>{t('applications')}</h2>
      {applications.length === 0 && <p className="muted">{t('noApplications')}</p>}
      {applications.map((a) => (
        <div key={a.id} className="application" data-testid={`application-${a.id}`}>
          <p>
            <Badge kind="partnerStatus" value={a.soughtStatus} /> <span className={`badge badge-application-${a.state}`}>{t(`state.${a.state}`)}</span>
          </p>
          <ol className="timeline">
            {a.steps.map((s) => (
              <li key={s.id} className={s.kind === 'granted' ? 'current' : undefined}>
                <div className="timeline-when">{formatDay(s.on)}</div>
                <div className="timeline-what">{t(`step.${s.kind}`)}</div>
                {(s.noteEn || s.noteVi) && (
                  <p className="timeline-note">
                    <Picked of={s} field="note" />
                  </p>
                )}
                {s.meeting && (
                  <p className="small">
                    {t('atMeeting')}:{' '}
                    <Link to={`/meetings/${s.meeting.id}`}>
                      <Picked of={s.meeting} field="title" />
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ol>
          {editable && a.state === 'open' && <StepForm code={code} application={a} />}
        </div>
      ))}
    </>
  );
}
