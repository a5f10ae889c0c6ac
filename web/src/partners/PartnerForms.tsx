/**
 * Admins record a partner's status change (its day and deciding meeting),
 * an application and its steps. The server keeps the timeline in order and
 * ends the status before on the new one's first day.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStepKinds, partnerStatuses } from '../../../src/server/domain/vocabulary';
import type { PartyApplication } from '../api/types';
import { SearchSelect, useMeetingOptions } from '../committee/pickers';
import { RequestFailure } from '../layout/QueryState';
import { useAddStep, useCreateApplication, useRecordStatus } from './api';

/** Notes in both languages, optional. */
function NoteFields({ vi, en, setVi, setEn }: { vi: string; en: string; setVi: (v: string) => void; setEn: (v: string) => void }) {
  const { t } = useTranslation('partners');
  return (
    <div className="form-row">
      <label className="field">
        {t('form.noteVi')}
        <input lang="vi" value={vi} onChange={(e) => setVi(e.target.value)} data-testid="note-vi" />
      </label>
      <label className="field">
        {t('form.noteEn')}
        <input lang="en" value={en} onChange={(e) => setEn(e.target.value)} data-testid="note-en" />
      </label>
    </div>
  );
}

function FormShell({ title, testId, onSubmit, pending, error, done, submitLabel, children }: {
  title: string;
  testId: string;
  onSubmit: () => void;
  pending: boolean;
  error: Error | null;
  done: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('partners');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  // Folded until asked for: the page stays a timeline to read, on a phone too.
  return (
    <details className="reference-details" data-testid={`${testId}-toggle`}>
      <summary>{title}</summary>
      <form className="form reference-form" onSubmit={submit} data-testid={testId}>
        {children}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {submitLabel}
          </button>
        </div>
        {done && <p role="status">{t('form.saved')}</p>}
        <RequestFailure error={error} />
      </form>
    </details>
  );
}

function MeetingField({ value, onChange, label }: { value: number | null; onChange: (id: number | null) => void; label: string }) {
  const { t } = useTranslation('partners');
  const meetings = useMeetingOptions();
  return (
    <div className="field">
      {label}
      <SearchSelect options={meetings} value={value} onChange={onChange} label={label} empty={t('form.noMeeting')} testId="meeting" />
    </div>
  );
}

export function StatusForm({ code }: { code: string }) {
  const { t } = useTranslation('partners');
  const { t: tt } = useTranslation();
  const record = useRecordStatus(code);
  const [status, setStatus] = useState<(typeof partnerStatuses)[number]>('dialogue_partner');
  const [since, setSince] = useState('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [noteVi, setNoteVi] = useState('');
  const [noteEn, setNoteEn] = useState('');
  return (
    <FormShell
      title={t('form.statusTitle')}
      testId="status-form"
      submitLabel={t('form.record')}
      pending={record.isPending}
      error={record.error}
      done={record.isSuccess}
      onSubmit={() => record.mutate({ status, since, decidedAtMeetingId: meetingId, noteVi, noteEn })}
    >
      <div className="form-row">
        <label className="field">
          {t('form.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)} data-testid="status">
            {partnerStatuses.map((s) => (
              <option key={s} value={s}>
                {tt(`partnerStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('form.since')}
          <input type="date" value={since} onChange={(e) => setSince(e.target.value)} required data-testid="since" />
        </label>
      </div>
      <MeetingField value={meetingId} onChange={setMeetingId} label={t('form.decidedAt')} />
      <NoteFields vi={noteVi} en={noteEn} setVi={setNoteVi} setEn={setNoteEn} />
    </FormShell>
  );
}

export function ApplicationForm({ code }: { code: string }) {
  const { t } = useTranslation('partners');
  const { t: tt } = useTranslation();
  const create = useCreateApplication(code);
  const [soughtStatus, setSought] = useState<(typeof partnerStatuses)[number]>('sectoral_dialogue_partner');
  const [submittedOn, setOn] = useState('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [noteVi, setNoteVi] = useState('');
  const [noteEn, setNoteEn] = useState('');
  return (
    <FormShell
      title={t('form.applicationTitle')}
      testId="application-form"
      submitLabel={t('form.record')}
      pending={create.isPending}
      error={create.error}
      done={create.isSuccess}
      onSubmit={() => create.mutate({ soughtStatus, submittedOn, meetingId, noteVi, noteEn })}
    >
      <div className="form-row">
        <label className="field">
          {t('form.sought')}
          <select value={soughtStatus} onChange={(e) => setSought(e.target.value as typeof soughtStatus)} data-testid="sought">
            {partnerStatuses
              .filter((s) => s !== 'applicant')
              .map((s) => (
                <option key={s} value={s}>
                  {tt(`partnerStatus.${s}`)}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          {t('form.submittedOn')}
          <input type="date" value={submittedOn} onChange={(e) => setOn(e.target.value)} required data-testid="submitted-on" />
        </label>
      </div>
      <MeetingField value={meetingId} onChange={setMeetingId} label={t('form.meeting')} />
      <NoteFields vi={noteVi} en={noteEn} setVi={setNoteVi} setEn={setNoteEn} />
    </FormShell>
  );
}

export function StepForm({ code, application }: { code: string; application: PartyApplication }) {
  const { t } = useTranslation('partners');
  const add = useAddStep(code);
  const [kind, setKind] = useState<(typeof applicationStepKinds)[number]>('considered');
  const [on, setOn] = useState('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [noteVi, setNoteVi] = useState('');
  const [noteEn, setNoteEn] = useState('');
  return (
    <FormShell
      title={t('form.stepTitle')}
      testId={`step-form-${application.id}`}
      submitLabel={t('form.record')}
      pending={add.isPending}
      error={add.error}
      done={add.isSuccess}
      onSubmit={() => add.mutate({ applicationId: application.id, kind, on, meetingId, noteVi, noteEn })}
    >
      <div className="form-row">
        <label className="field">
          {t('form.step')}
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="step-kind">
            {applicationStepKinds
              .filter((k) => k !== 'submitted')
              .map((k) => (
                <option key={k} value={k}>
                  {t(`step.${k}`)}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          {t('form.on')}
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required data-testid="step-on" />
        </label>
      </div>
      {kind === 'granted' && <p className="muted small">{t('form.grantedHint')}</p>}
      <MeetingField value={meetingId} onChange={setMeetingId} label={t('form.meeting')} />
      <NoteFields vi={noteVi} en={noteEn} setVi={setNoteVi} setEn={setNoteEn} />
    </FormShell>
  );
}
