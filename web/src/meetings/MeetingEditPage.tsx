/**
 * Edit a meeting (admin, secretariat). Start and end are typed as wall-clock
 * times in the HOST zone and sent as ISO instants with that zone's offset.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { useDeleteMeeting } from '../api/mutations';
import { useMeeting } from '../api/queries';
import { mayMove } from '../../../src/server/meetings/status';
import { meetingFormats, meetingStatuses, type MeetingDetail, type MeetingFormat, type MeetingPatch, type MeetingStatus } from '../api/types';
import { zoneLabel } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { ErrorDetails, ErrorState, Loading, PageError } from '../layout/QueryState';
import { ConfirmButton, VocabularySelect } from './form-parts';
import { fromLocalInput, toLocalInput } from './zones';
import { DateInput } from '../layout/DateInput';

export function MeetingEditPage() {
  const { id } = useParams();
  const meeting = useMeeting(id);

  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <PageError error={meeting.error} />;
  return (
    // Only staff reach this page: its route is gated on 'meetings.write' (App.tsx).
    <>
      {/* Keyed so that the form starts afresh when the meeting changes underneath. */}
      <EditForm key={`${meeting.data.id}:${meeting.data.startsAt}:${meeting.data.endsAt}`} meeting={meeting.data} />
      <DeleteMeeting meeting={meeting.data} />
    </>
  );
}

function EditForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('meetings');
  const navigate = useNavigate();
  const client = useQueryClient();
  const zone = meeting.hostTimeZone;
  const [titleVi, setTitleVi] = useState(meeting.titleVi);
  const [titleEn, setTitleEn] = useState(meeting.titleEn);
  const [status, setStatus] = useState<MeetingStatus>(meeting.status);
  const [format, setFormat] = useState<MeetingFormat>(meeting.format);
  const [start, setStart] = useState(toLocalInput(meeting.startsAt, zone));
  const [end, setEnd] = useState(toLocalInput(meeting.endsAt, zone));
  const [invalid, setInvalid] = useState(false);

  const save = useMutation({
    mutationFn: (patch: MeetingPatch) => api.patch<MeetingDetail>(`/meetings/${meeting.id}`, patch),
    onSuccess: async (updated) => {
      client.setQueryData(['meeting', String(meeting.id)], updated);
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'meeting' && q.queryKey[0] !== 'session' });
      void navigate(`/meetings/${meeting.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = fromLocalInput(start, zone);
    const endsAt = fromLocalInput(end, zone);
    setInvalid(startsAt === null || endsAt === null);
    if (startsAt === null || endsAt === null) return;
    // Send only what changed, so that a concurrent edit of another field is not overwritten.
    const patch: MeetingPatch = {};
    if (titleVi !== meeting.titleVi) patch.titleVi = titleVi;
    if (titleEn !== meeting.titleEn) patch.titleEn = titleEn;
    if (status !== meeting.status) patch.status = status;
    if (format !== meeting.format) patch.format = format;
    if (DateTime.fromISO(startsAt).toMillis() !== DateTime.fromISO(meeting.startsAt).toMillis()) patch.startsAt = startsAt;
    if (DateTime.fromISO(endsAt).toMillis() !== DateTime.fromISO(meeting.endsAt).toMillis()) patch.endsAt = endsAt;
    if (Object.keys(patch).length === 0) {
      void navigate(`/meetings/${meeting.id}`);
      return;
    }
    save.mutate(patch);
  }

  // The zone as people read it, with its offset on the meeting's own day (not today's: DST).
  const zoneName = zoneLabel(zone, fromLocalInput(start, zone) ?? meeting.startsAt);
  const error = save.error;

  return (
    <section className="card">
      <p className="breadcrumb">
        <Link to={`/meetings/${meeting.id}`}>
          ← <Picked of={meeting} field="title" />
        </Link>
      </p>
      <h1>{t('edit.title')}</h1>
      <form className="form" onSubmit={submit} data-testid="meeting-form">
        <label className="field">
          <span>{t('edit.titleVi')}</span>
          <input lang="vi" required value={titleVi} onChange={(e) => setTitleVi(e.target.value)} data-testid="meeting-title-vi" />
        </label>
        <label className="field">
          <span>{t('edit.titleEn')}</span>
          <input lang="en" required value={titleEn} onChange={(e) => setTitleEn(e.target.value)} data-testid="meeting-title-en" />
        </label>
        <div className="form-row">
          <label className="field">
            <span>{t('meeting.status')}</span>
            <VocabularySelect
              values={meetingStatuses}
              value={status}
              onChange={setStatus}
              labelPrefix="status"
              testId="meeting-status"
              isDisabled={(s) => !mayMove(meeting.status, s)}
            />
          </label>
          <label className="field">
            <span>{t('meeting.format')}</span>
            <VocabularySelect values={meetingFormats} value={format} onChange={setFormat} labelPrefix="format" testId="meeting-format" />
          </label>
        </div>
        <p className="hint" data-testid="meeting-zone-hint">
          {tm('hostZoneHint', { zone: zoneName })}
        </p>
        <div className="form-row">
          <label className="field">
            <span>
              {t('edit.start')} ({zoneName})
            </span>
            <DateInput type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} data-testid="meeting-start" />
          </label>
          <label className="field">
            <span>
              {t('edit.end')} ({zoneName})
            </span>
            <DateInput type="datetime-local" required value={end} onChange={(e) => setEnd(e.target.value)} data-testid="meeting-end" />
          </label>
        </div>
        {invalid && (
          <p className="state state-error" role="alert">
            {t('edit.invalidDate')}
          </p>
        )}
        {error instanceof ApiError && (error.status === 400 || error.status === 409) ? (
          <div className="state state-error" role="alert" data-testid="save-error">
            <strong>{t('edit.failed')}</strong> {t(`errorCodes.${error.code}`, { defaultValue: error.message })}
            <ErrorDetails details={error.details} />
          </div>
        ) : (
          error && <ErrorState error={error} />
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="save-meeting">
            {save.isPending ? t('edit.saving') : t('edit.save')}
          </button>
          <Link className="button button-ghost" to={`/meetings/${meeting.id}`}>
            {t('edit.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}

function DeleteMeeting({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteMeeting(meeting.id);
  return (
    <section className="card danger-zone">
      <h2>{t('meetingForm.deleteTitle')}</h2>
      <p className="muted">{t('meetingForm.deleteHint', { count: meeting.delegations.length })}</p>
      <ConfirmButton
        label={t('meetingForm.delete')}
        question={<Trans t={t} i18nKey="meetingForm.deleteQuestion" components={{ title: <Picked of={meeting} field="title" /> }} />}
        confirmLabel={t('meetingForm.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) })}
        testId="delete-meeting"
      />
      {remove.error && <ErrorState error={remove.error} />}
    </section>
  );
}
