/** Staff keep a session's record: its summary in both languages, the minutes, the chair and who attended (picked from the people). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestFailure } from '../layout/QueryState';
import { useUpdateSession } from './api';
import { MultiPicker, SearchSelect, usePersonOptions } from './pickers';
import type { SessionDetail } from './types';

export function SessionRecordForm({ session, onDone }: { session: SessionDetail; onDone: () => void }) {
  const { t } = useTranslation('committee');
  const people = usePersonOptions();
  const save = useUpdateSession(session.number);
  const [minutes, setMinutes] = useState(session.minutes ?? '');
  const [reportVi, setReportVi] = useState(session.report ?? '');
  const [reportEn, setReportEn] = useState(session.reportEn ?? '');
  const [chair, setChair] = useState<number | null>(session.chair?.id ?? null);
  const [attendees, setAttendees] = useState(session.attendees.map((p) => p.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        minutes: minutes.trim() || null,
        report: reportVi.trim() || null,
        reportEn: reportEn.trim() || null,
        chairPersonId: chair,
        attendeePersonIds: attendees,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="card form" onSubmit={submit} data-testid="session-record-form">
      <h2>{t('sessions.editRecord')}</h2>
      <div className="form-row">
        <label className="field">
          {t('sessions.summaryVi')}
          <textarea rows={3} lang="vi" value={reportVi} onChange={(e) => setReportVi(e.target.value)} data-testid="session-summary-vi" />
        </label>
        <label className="field">
          {t('sessions.summaryEn')}
          <textarea rows={3} lang="en" value={reportEn} onChange={(e) => setReportEn(e.target.value)} data-testid="session-summary-en" />
        </label>
      </div>
      <label className="field">
        {t('sessions.minutes')}
        <textarea rows={8} value={minutes} onChange={(e) => setMinutes(e.target.value)} data-testid="session-minutes" />
      </label>
      <div className="field">
        {t('sessions.chair')}
        <SearchSelect options={people} value={chair} onChange={setChair} label={t('sessions.chair')} empty={t('picker.nobody')} testId="session-chair" />
      </div>
      <div className="field">
        {t('sessions.attendees')}
        <MultiPicker options={people} values={attendees} onChange={setAttendees} label={t('sessions.attendees')} testId="session-attendees" />
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="session-record-save">
          {t('editor.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('editor.cancel')}
        </button>
      </p>
      <RequestFailure error={save.error} />
    </form>
  );
}
