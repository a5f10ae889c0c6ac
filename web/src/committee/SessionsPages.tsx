/** Committee sessions: the list, and one session with its decisions, their tasks and the report. */
import { InLanguage, Picked } from '../i18n/InLanguage';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { Link, useParams } from 'react-router-dom';
import { useMeetings } from '../api/queries';
import { canEditMeetings, useUser } from '../auth/session';
import { fallbackLang, pick } from '../i18n/pick';
import { Loading, PageError, RequestFailure } from '../layout/QueryState';
import { ExportLinks } from '../layout/ExportLinks';
import { useBodies, useRecordDecision, useSession, useSessions, type DecisionInput } from './api';
import type { TaskPriority } from './types';
import { AsOfPicker, CommitteeNav, day, TaskTable, TasksCard, useAsOf } from './parts';
import { SessionCreateForm } from './SessionCreateForm';
import { SessionRecordForm } from './SessionRecordForm';
import { ScrollRegion } from '../layout/ScrollRegion';

export function SessionsPage() {
  const { t } = useTranslation('committee');
  const sessions = useSessions();
  const user = useUser();
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />;
  return (
    <article className="committee">
      <CommitteeNav />
      <h1>{t('sessions.title')}</h1>
      {canEditMeetings(user) && <SessionCreateForm next={Math.max(0, ...sessions.data.sessions.map((s) => s.number)) + 1} />}
      <section className="card">
        <ScrollRegion label={t('sessions.title')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('sessions.number')}</th>
                <th>{t('sessions.heldOn')}</th>
                <th>{t('sessions.decisions')}</th>
                <th>{t('sessions.openTasks')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/committee/sessions/${s.number}`} data-testid={`session-${s.number}`}>
                      {t('sessions.name', { number: s.number })}
                    </Link>
                  </td>
                  <td>{day(s.heldOn)}</td>
                  <td>{formatNumber(s.decisionCount)}</td>
                  <td>{formatNumber(s.openTaskCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </article>
  );
}

export function SessionPage() {
  const { number } = useParams();
  const { t } = useTranslation('committee');
  const [asOf] = useAsOf();
  const session = useSession(number, asOf);
  const user = useUser();
  const [editing, setEditing] = useState(false);
  if (session.isPending) return <Loading />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const report = (format: string, lang: string) => `/api/committee/sessions/${s.number}/report?format=${format}&lang=${lang}`;
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <div>
          <p className="eyebrow">{day(s.heldOn)}</p>
          <h1 data-testid="session-title">{t('sessions.name', { number: s.number })}</h1>
          {s.chair && (
            <p className="muted">
              {t('sessions.chair')}: {s.chair.fullName}
            </p>
          )}
        </div>
        <div className="report-links">
          <span className="muted">{t('sessions.report')}:</span>
          <ExportLinks formats={['pdf', 'docx']} href={report} testIdPrefix="report" lead="vi" />
        </div>
      </header>
      <AsOfPicker />
      <div className="committee-grid">
        <section className="card">
          <h2>{t('sessions.agenda')}</h2>
          <ol className="agenda">
            {s.agenda.map((item, i) => (
              <li key={i}>
                <Picked of={item} field="title" />
              </li>
            ))}
          </ol>
          {(s.report || s.reportEn) && (
            <p className="muted" data-testid="session-summary">
              <InLanguage en={s.reportEn} vi={s.report} />
            </p>
          )}
        </section>
        <section className="card" data-testid="session-attendees-card">
          <h2>{t('sessions.attendees')}</h2>
          <ul className="plain-list">
            {s.attendees.map((p) => (
              <li key={p.id}>
                <Link to={`/people/${p.id}`}>{p.fullName}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {editing ? (
        <SessionRecordForm session={s} onDone={() => setEditing(false)} />
      ) : (
        <section className="card" data-testid="session-minutes-card">
          <div className="card-heading">
            <h2>{t('sessions.minutes')}</h2>
            {canEditMeetings(user) && (
              <button type="button" className="button button-small" onClick={() => setEditing(true)} data-testid="session-record-edit">
                {t('sessions.editRecord')}
              </button>
            )}
          </div>
          {s.minutes ? <p className="minutes">{s.minutes}</p> : <p className="muted">{t('sessions.noMinutes')}</p>}
        </section>
      )}
      <TasksCard heading={t('sessions.carriedOver')} tasks={s.carriedOver} testId="carried-over" />
      <section className="card">
        <h2>{t('sessions.decisions')}</h2>
        {s.decisions.length === 0 && <p className="muted">{t('none')}</p>}
        {s.decisions.map((d, i) => (
          <div key={d.id} className="decision" data-testid="decision">
            <p>
              <strong>{i + 1}.</strong> <Picked of={d} field="text" />
            </p>
            {d.tasks.length > 0 && <TaskTable tasks={d.tasks} label={t('sessions.decisionTasks', { number: i + 1 })} />}
          </div>
        ))}
      </section>
      {canEditMeetings(user) && <DecisionForm number={s.number} heldOn={s.heldOn} />}
    </article>
  );
}

interface TaskRow {
  titleEn: string;
  titleVi: string;
  bodyId: string;
  dueOn: string;
  beforeMeetingId: string;
  priority: TaskPriority;
}
const emptyRow = (): TaskRow => ({ titleEn: '', titleVi: '', bodyId: '', dueOn: '', beforeMeetingId: '', priority: 'normal' });

function DecisionForm({ number, heldOn }: { number: number; heldOn: string }) {
  const { t } = useTranslation('committee');
  const bodies = useBodies();
  // "Before meeting X": the meetings still ahead in the session's year.
  const meetings = useMeetings({ year: heldOn.slice(0, 4) });
  const ahead = (meetings.data ?? []).filter((m) => m.startsAt.slice(0, 10) > heldOn);
  const record = useRecordDecision(number);
  const [textVi, setTextVi] = useState('');
  const [textEn, setTextEn] = useState('');
  const [rows, setRows] = useState<TaskRow[]>([]);
  const setRow = (i: number, patch: Partial<TaskRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: DecisionInput = {
      textEn: textEn || textVi,
      textVi: textVi || textEn,
      tasks: rows.map((r) => ({
        titleEn: r.titleEn || r.titleVi,
        titleVi: r.titleVi || r.titleEn,
        bodyId: Number(r.bodyId),
        priority: r.priority,
        ...(r.beforeMeetingId ? { beforeMeetingId: Number(r.beforeMeetingId) } : r.dueOn ? { dueOn: r.dueOn } : {}),
      })),
    };
    record.mutate(input, {
      onSuccess: () => {
        setTextVi('');
        setTextEn('');
        setRows([]);
      },
    });
  };

  return (
    <form className="card decision-form" onSubmit={submit} data-testid="decision-form">
      <h2>{t('decision.title')}</h2>
      <label>
        {t('decision.textVi')}
        <textarea value={textVi} onChange={(e) => setTextVi(e.target.value)} data-testid="decision-text-vi" />
      </label>
      <label>
        {t('decision.textEn')}
        <textarea value={textEn} onChange={(e) => setTextEn(e.target.value)} data-testid="decision-text-en" />
      </label>
      <h3>{t('decision.tasks')}</h3>
      {rows.map((r, i) => (
        <fieldset key={i} className="task-row" data-testid={`task-row-${i}`}>
          <input placeholder={t('decision.taskVi')} value={r.titleVi} onChange={(e) => setRow(i, { titleVi: e.target.value })} data-testid="task-title-vi" />
          <input placeholder={t('decision.taskEn')} value={r.titleEn} onChange={(e) => setRow(i, { titleEn: e.target.value })} data-testid="task-title-en" />
          <select value={r.bodyId} onChange={(e) => setRow(i, { bodyId: e.target.value })} data-testid="task-body" aria-label={t('body')}>
            <option value="">{t('decision.chooseBody')}</option>
            {/* A deactivated body takes no new tasks. */}
            {bodies.data?.bodies
              .filter((b) => b.deactivatedAt === null)
              .map((b) => (
                <option key={b.id} value={b.id} lang={fallbackLang(b, 'name')}>
                  {pick(b, 'name')}
                </option>
              ))}
          </select>
          <input
            placeholder={t('decision.dueHint')}
            value={r.dueOn}
            onChange={(e) => setRow(i, { dueOn: e.target.value })}
            data-testid="task-due"
            aria-label={t('due')}
          />
          <select
            value={r.beforeMeetingId}
            onChange={(e) => setRow(i, { beforeMeetingId: e.target.value })}
            data-testid="task-before-meeting"
            aria-label={t('decision.beforeMeeting')}
          >
            <option value="">{t('decision.orBeforeMeeting')}</option>
            {ahead.map((m) => (
              <option key={m.id} value={m.id} lang={fallbackLang(m, 'title')}>
                {pick(m, 'title')}
              </option>
            ))}
          </select>
          <select value={r.priority} onChange={(e) => setRow(i, { priority: e.target.value as TaskPriority })} aria-label={t('priority')}>
            {['low', 'normal', 'high', 'urgent'].map((p) => (
              <option key={p} value={p}>
                {t(`priorities.${p}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
            {t('decision.remove')}
          </button>
        </fieldset>
      ))}
      <p>
        <button type="button" className="button" onClick={() => setRows((rs) => [...rs, emptyRow()])} data-testid="add-task">
          {t('decision.addTask')}
        </button>{' '}
        <button type="submit" className="button button-primary" disabled={record.isPending} data-testid="record-decision">
          {t('decision.record')}
        </button>
      </p>
      <RequestFailure error={record.error} />
    </form>
  );
}
