/**
 * Admins record a partner's status change (its day and deciding meeting),
 * an application and its steps. The server keeps the timeline in order and
 * ends the status before on the new one's first day.
 *
 * The three forms are one shape: a choice, a day, the meeting and a note in
 * both languages (`DatedEntryForm`).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStepKinds, partnerStatuses } from '../../../src/server/domain/vocabulary';
import type { PartyApplication } from '../api/types';
import { MeetingField } from '../committee/pickers';
import { BilingualInputs, type Bilingual } from '../layout/BilingualInputs';
import { RequestFailure } from '../layout/QueryState';
import { useAddStep, useCreateApplication, useRecordStatus } from './api';
import { DateInput } from '../layout/DateInput';

interface Entry<K extends string> {
  choice: K;
  on: string;
  meetingId: number | null;
  note: Bilingual;
}

interface Write {
  isPending: boolean;
  isSuccess: boolean;
  error: Error | null;
}

function DatedEntryForm<K extends string>({
  title,
  testId,
  choices,
  initial,
  choiceName,
  labels,
  testIds,
  hint,
  write,
  onSubmit,
}: {
  title: string;
  testId: string;
  choices: readonly K[];
  initial: K;
  choiceName: (choice: K) => string;
  labels: { choice: string; on: string; meeting: string };
  testIds: { choice: string; on: string };
  hint?: (choice: K) => ReactNode;
  write: Write;
  onSubmit: (entry: Entry<K>) => void;
}) {
  const { t } = useTranslation('partners');
  const [choice, setChoice] = useState<K>(initial);
  const [on, setOn] = useState('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [note, setNote] = useState<Bilingual>({ vi: '', en: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ choice, on, meetingId, note });
  };
  // Folded until asked for: the page stays a timeline to read, on a phone too.
  return (
    <details className="reference-details" data-testid={`${testId}-toggle`}>
      <summary>{title}</summary>
      <form className="form reference-form" onSubmit={submit} data-testid={testId}>
        <div className="form-row">
          <label className="field">
            {labels.choice}
            <select value={choice} onChange={(e) => setChoice(e.target.value as K)} data-testid={testIds.choice}>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {choiceName(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {labels.on}
            <DateInput type="date" value={on} onChange={(e) => setOn(e.target.value)} required data-testid={testIds.on} />
          </label>
        </div>
        {hint?.(choice)}
        <MeetingField value={meetingId} onChange={setMeetingId} label={labels.meeting} empty={t('form.noMeeting')} testId="meeting" />
        <BilingualInputs labels={{ vi: t('form.noteVi'), en: t('form.noteEn') }} value={note} onChange={setNote} testId="note" />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={write.isPending}>
            {t('form.record')}
          </button>
        </div>
        {write.isSuccess && <p role="status">{t('form.saved')}</p>}
        <RequestFailure error={write.error} />
      </form>
    </details>
  );
}

export function StatusForm({ code }: { code: string }) {
  const { t } = useTranslation('partners');
  const { t: tt } = useTranslation();
  const record = useRecordStatus(code);
  return (
    <DatedEntryForm
      title={t('form.statusTitle')}
      testId="status-form"
      choices={partnerStatuses}
      initial="dialogue_partner"
      choiceName={(s) => tt(`partnerStatus.${s}`)}
      labels={{ choice: t('form.status'), on: t('form.since'), meeting: t('form.decidedAt') }}
      testIds={{ choice: 'status', on: 'since' }}
      write={record}
      onSubmit={(e) => record.mutate({ status: e.choice, since: e.on, decidedAtMeetingId: e.meetingId, noteVi: e.note.vi, noteEn: e.note.en })}
    />
  );
}

export function ApplicationForm({ code }: { code: string }) {
  const { t } = useTranslation('partners');
  const { t: tt } = useTranslation();
  const create = useCreateApplication(code);
  return (
    <DatedEntryForm
      title={t('form.applicationTitle')}
      testId="application-form"
      choices={partnerStatuses.filter((s) => s !== 'applicant')}
      initial="sectoral_dialogue_partner"
      choiceName={(s) => tt(`partnerStatus.${s}`)}
      labels={{ choice: t('form.sought'), on: t('form.submittedOn'), meeting: t('form.meeting') }}
      testIds={{ choice: 'sought', on: 'submitted-on' }}
      write={create}
      onSubmit={(e) => create.mutate({ soughtStatus: e.choice, submittedOn: e.on, meetingId: e.meetingId, noteVi: e.note.vi, noteEn: e.note.en })}
    />
  );
}

export function StepForm({ code, application }: { code: string; application: PartyApplication }) {
  const { t } = useTranslation('partners');
  const add = useAddStep(code);
  return (
    <DatedEntryForm
      title={t('form.stepTitle')}
      testId={`step-form-${application.id}`}
      choices={applicationStepKinds.filter((k) => k !== 'submitted')}
      initial="considered"
      choiceName={(k) => t(`step.${k}`)}
      labels={{ choice: t('form.step'), on: t('form.on'), meeting: t('form.meeting') }}
      testIds={{ choice: 'step-kind', on: 'step-on' }}
      hint={(k) => k === 'granted' && <p className="muted small">{t('form.grantedHint')}</p>}
      write={add}
      onSubmit={(e) => add.mutate({ applicationId: application.id, kind: e.choice, on: e.on, meetingId: e.meetingId, noteVi: e.note.vi, noteEn: e.note.en })}
    />
  );
}
