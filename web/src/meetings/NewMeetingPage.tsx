/**
 * Create a meeting (admin, secretariat). Start and end are typed as
 * wall-clock times in the host zone chosen on the same form.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCreateMeeting } from '../api/mutations';
import { useClusters, useSeries } from '../api/queries';
import { meetingFormats, meetingLevels, meetingStatuses, type MeetingFormat, type MeetingLevel, type MeetingStatus } from '../api/types';
import { zoneLabel } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { Loading, PageError } from '../layout/QueryState';
import { FieldError, SaveError, splitDetails, VocabularySelect, ZoneInput } from './form-parts';
import { defaultHostZone, fromLocalInput, normalizeZone } from './zones';
import { DateInput } from '../layout/DateInput';

const fields = [
  'seriesId',
  'edition',
  'titleVi',
  'titleEn',
  'level',
  'format',
  'status',
  'hostCityVi',
  'hostCityEn',
  'hostTimeZone',
  'startsAt',
  'endsAt',
  'clusterId',
  'isPublic',
] as const;

/** Only staff reach this page: its route is gated on 'meetings.write' (App.tsx). */
export function NewMeetingPage() {
  return <NewMeetingForm />;
}

function NewMeetingForm() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('meetings');
  const navigate = useNavigate();
  const series = useSeries();
  const clusters = useClusters();
  const create = useCreateMeeting();
  const [seriesId, setSeriesId] = useState('');
  const [edition, setEdition] = useState('');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [level, setLevel] = useState<MeetingLevel | ''>('');
  const [format, setFormat] = useState<MeetingFormat>('in_person');
  const [status, setStatus] = useState<MeetingStatus>('planned');
  const [hostCityVi, setHostCityVi] = useState('');
  const [hostCityEn, setHostCityEn] = useState('');
  const [zoneInput, setZoneInput] = useState(defaultHostZone);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [clusterId, setClusterId] = useState('');
  const [isPublic, setIsPublic] = useState(true);
  const [checked, setChecked] = useState(false);

  if (series.isPending || clusters.isPending) return <Loading />;
  if (series.isError) return <PageError error={series.error} />;
  if (clusters.isError) return <PageError error={clusters.error} />;

  const zone = normalizeZone(zoneInput);
  const startsAt = zone ? fromLocalInput(start, zone) : null;
  const endsAt = zone ? fromLocalInput(end, zone) : null;
  const { byField, rest } = splitDetails(create.error, fields);
  const local = {
    hostTimeZone: checked && zone === null ? tm('unknownZone', { example: zoneLabel(defaultHostZone) }) : null,
    startsAt: checked && zone !== null && startsAt === null ? t('edit.invalidDate') : null,
    endsAt: checked && zone !== null && endsAt === null ? t('edit.invalidDate') : null,
  };

  function chooseSeries(id: string) {
    setSeriesId(id);
    // A series has a usual level (AMM: ministerial); offer it until the user picks one.
    const chosen = series.data?.find((s) => String(s.id) === id);
    if (chosen && level === '') setLevel(chosen.level);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (zone === null || startsAt === null || endsAt === null || level === '') return;
    create.mutate(
      {
        seriesId: Number(seriesId),
        edition: edition === '' ? null : Number(edition),
        titleVi,
        titleEn,
        level,
        format,
        status,
        hostCityVi,
        hostCityEn,
        hostTimeZone: zone,
        startsAt,
        endsAt,
        clusterId: clusterId === '' ? null : Number(clusterId),
        isPublic,
      },
      { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) },
    );
  }

  return (
    <section className="card">
      <p className="breadcrumb">
        <Link to="/">← {t('meeting.back')}</Link>
      </p>
      <h1>{t('meetingForm.newTitle')}</h1>
      <form className="form" onSubmit={submit} data-testid="new-meeting-form">
        <div className="form-row">
          <label className="field">
            <span>{t('meetingForm.series')}</span>
            <select required value={seriesId} onChange={(e) => chooseSeries(e.target.value)} data-testid="meeting-series">
              <option value="" disabled>
                {t('meetingForm.chooseSeries')}
              </option>
              {series.data.map((s) => (
                <option key={s.id} value={s.id} lang={fallbackLang(s, 'name')}>
                  {s.code} · {pick(s, 'name')}
                </option>
              ))}
            </select>
            <FieldError name="seriesId" error={create.error} details={byField.seriesId} />
          </label>
          <label className="field">
            <span>{t('meetingForm.edition')}</span>
            <input
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={edition}
              onChange={(e) => setEdition(e.target.value)}
              placeholder={t('meetingForm.editionHint')}
              data-testid="meeting-edition"
            />
            <FieldError name="edition" error={create.error} details={byField.edition} />
          </label>
        </div>
        <label className="field">
          <span>{t('edit.titleVi')}</span>
          <input lang="vi" required value={titleVi} onChange={(e) => setTitleVi(e.target.value)} data-testid="meeting-title-vi" />
          <FieldError name="titleVi" error={create.error} details={byField.titleVi} />
        </label>
        <label className="field">
          <span>{t('edit.titleEn')}</span>
          <input lang="en" required value={titleEn} onChange={(e) => setTitleEn(e.target.value)} data-testid="meeting-title-en" />
          <FieldError name="titleEn" error={create.error} details={byField.titleEn} />
        </label>
        <div className="form-row">
          <label className="field">
            <span>{t('meeting.level')}</span>
            <VocabularySelect
              values={meetingLevels}
              value={level}
              onChange={setLevel}
              labelPrefix="level"
              testId="meeting-level"
              placeholder={t('meetingForm.choose')}
            />
            <FieldError name="level" error={create.error} details={byField.level} />
          </label>
          <label className="field">
            <span>{t('meeting.format')}</span>
            <VocabularySelect values={meetingFormats} value={format} onChange={setFormat} labelPrefix="format" testId="meeting-format" />
            <FieldError name="format" error={create.error} details={byField.format} />
          </label>
          <label className="field">
            <span>{t('meeting.status')}</span>
            <VocabularySelect values={meetingStatuses} value={status} onChange={setStatus} labelPrefix="status" testId="meeting-status" />
            <FieldError name="status" error={create.error} details={byField.status} />
          </label>
        </div>
        <div className="form-row">
          <label className="field">
            <span>{t('meetingForm.hostCityVi')}</span>
            <input lang="vi" required value={hostCityVi} onChange={(e) => setHostCityVi(e.target.value)} data-testid="meeting-city-vi" />
            <FieldError name="hostCityVi" error={create.error} details={byField.hostCityVi} />
          </label>
          <label className="field">
            <span>{t('meetingForm.hostCityEn')}</span>
            <input lang="en" required value={hostCityEn} onChange={(e) => setHostCityEn(e.target.value)} data-testid="meeting-city-en" />
            <FieldError name="hostCityEn" error={create.error} details={byField.hostCityEn} />
          </label>
          <label className="field">
            <span>{t('meeting.hostZone')}</span>
            <ZoneInput value={zoneInput} onChange={setZoneInput} invalid={local.hostTimeZone !== null} testId="meeting-zone" at={startsAt ?? undefined} />
            <FieldError name="hostTimeZone" error={create.error} details={byField.hostTimeZone} local={local.hostTimeZone} />
          </label>
        </div>
        {zone && <p className="hint">{tm('hostZoneHint', { zone: zoneLabel(zone, startsAt ?? undefined) })}</p>}
        <div className="form-row">
          <label className="field">
            <span>
              {t('edit.start')} {zone && `(${zoneLabel(zone, startsAt ?? undefined)})`}
            </span>
            <DateInput type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} data-testid="meeting-start" />
            <FieldError name="startsAt" error={create.error} details={byField.startsAt} local={local.startsAt} />
          </label>
          <label className="field">
            <span>
              {t('edit.end')} {zone && `(${zoneLabel(zone, startsAt ?? undefined)})`}
            </span>
            <DateInput type="datetime-local" required value={end} onChange={(e) => setEnd(e.target.value)} data-testid="meeting-end" />
            <FieldError name="endsAt" error={create.error} details={byField.endsAt} local={local.endsAt} />
          </label>
        </div>
        <div className="form-row">
          <label className="field">
            <span>{t('meeting.cluster')}</span>
            <select value={clusterId} onChange={(e) => setClusterId(e.target.value)} data-testid="meeting-cluster">
              <option value="">{t('meetingForm.noCluster')}</option>
              {clusters.data.map((c) => (
                <option key={c.id} value={c.id} lang={fallbackLang(c, 'title')}>
                  {pick(c, 'title')}
                </option>
              ))}
            </select>
            <FieldError name="clusterId" error={create.error} details={byField.clusterId} />
          </label>
          <label className="field field-check">
            <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} data-testid="meeting-public" />
            <span>{t('meetingForm.isPublic')}</span>
          </label>
        </div>
        <SaveError error={create.error} rest={rest} failed={t('edit.failed')} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="save-meeting">
            {create.isPending ? t('edit.saving') : t('meetingForm.create')}
          </button>
          <Link className="button button-ghost" to="/">
            {t('edit.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
