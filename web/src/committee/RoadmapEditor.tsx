/**
 * A deliverable's roadmap, edited: milestones due on a day or "before
 * meeting X" (picked from the meetings of its year; the day then follows the
 * meeting), marked met; and progress updates, recorded on a day or removed.
 */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatPercent } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { RequestFailure } from '../layout/QueryState';
import { useAddMilestone, useAddProgress, useDeleteMilestone, useDeleteProgress, useUpdateMilestone } from './api';
import { day, todayInHanoi } from './parts';
import { SearchSelect, useMeetingOptions } from './pickers';
import type { DeliverableDetail, MilestoneInput } from './types';
import { ConfirmButton } from '../meetings/form-parts';
import { DateInput } from '../layout/DateInput';

type Milestone = DeliverableDetail['milestones'][number];

function MilestoneForm({
  year,
  initial,
  onSubmit,
  pending,
  error,
  submitLabel,
  onCancel,
}: {
  year: number;
  initial?: Milestone;
  onSubmit: (input: MilestoneInput, reset: () => void) => void;
  pending: boolean;
  error: Error | null;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('committee');
  const meetings = useMeetingOptions(year);
  const [titleVi, setTitleVi] = useState(initial?.titleVi ?? '');
  const [titleEn, setTitleEn] = useState(initial?.titleEn ?? '');
  const [kind, setKind] = useState<'day' | 'meeting'>(initial && !initial.beforeMeeting ? 'day' : 'meeting');
  const [dueOn, setDueOn] = useState(initial && !initial.beforeMeeting ? (initial.dueOn ?? '') : '');
  const [meetingId, setMeetingId] = useState<number | null>(initial?.beforeMeeting?.id ?? null);
  const [metOn, setMetOn] = useState(initial?.metOn ?? '');
  const reset = () => {
    setTitleVi('');
    setTitleEn('');
    setDueOn('');
    setMeetingId(null);
    setMetOn('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(
      {
        titleVi,
        titleEn: titleEn || titleVi,
        dueOn: kind === 'day' ? dueOn || null : null,
        beforeMeetingId: kind === 'meeting' ? meetingId : null,
        metOn: metOn || null,
      },
      reset,
    );
  };
  return (
    <form className="form milestone-form" onSubmit={submit} data-testid={initial ? 'milestone-edit-form' : 'milestone-form'}>
      <div className="form-row">
        <label className="field">
          {t('editor.titleVi')}
          <input value={titleVi} onChange={(e) => setTitleVi(e.target.value)} required lang="vi" data-testid="milestone-title-vi" />
        </label>
        <label className="field">
          {t('editor.titleEn')}
          <input value={titleEn} onChange={(e) => setTitleEn(e.target.value)} lang="en" data-testid="milestone-title-en" />
        </label>
      </div>
      <fieldset className="due-choice">
        <legend>{t('due')}</legend>
        <label>
          <input type="radio" checked={kind === 'meeting'} onChange={() => setKind('meeting')} data-testid="milestone-due-meeting" />{' '}
          {t('editor.dueBeforeMeeting')}
        </label>
        <label>
          <input type="radio" checked={kind === 'day'} onChange={() => setKind('day')} data-testid="milestone-due-day" /> {t('editor.dueOnDay')}
        </label>
        {kind === 'meeting' ? (
          <SearchSelect
            options={meetings}
            value={meetingId}
            onChange={setMeetingId}
            label={t('editor.dueBeforeMeeting')}
            empty={t('editor.chooseMeeting')}
            testId="milestone-meeting"
          />
        ) : (
          <DateInput
            type="date"
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
            required
            aria-label={t('editor.dueOnDay')}
            data-testid="milestone-day"
          />
        )}
      </fieldset>
      <div className="form-row">
        <label className="field">
          {t('editor.metOn')}
          <DateInput type="date" value={metOn} onChange={(e) => setMetOn(e.target.value)} data-testid="milestone-met" />
          <span className="hint">{t('editor.metOnHint')}</span>
        </label>
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending} data-testid="milestone-save">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('editor.cancel')}
          </button>
        )}
      </p>
      <RequestFailure error={error} />
    </form>
  );
}

function MilestoneRow({ deliverable, m }: { deliverable: DeliverableDetail; m: Milestone }) {
  const { t } = useTranslation('committee');
  const [editing, setEditing] = useState(false);
  const update = useUpdateMilestone(deliverable.id);
  const remove = useDeleteMilestone(deliverable.id);
  if (editing) {
    return (
      <li className="milestone-editing">
        <MilestoneForm
          year={deliverable.year}
          initial={m}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('editor.save')}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => update.mutate({ milestoneId: m.id, ...input }, { onSuccess: () => setEditing(false) })}
        />
      </li>
    );
  }
  return (
    <li data-testid="milestone">
      <strong>
        <Picked of={m} field="title" />
      </strong>{' '}
      · {day(m.dueOn)}
      {m.beforeMeeting && (
        <span className="muted">
          {' '}
          ({t('beforeMeeting')} <Picked of={m.beforeMeeting} field="title" />)
        </span>
      )}
      {m.metOn && <span className="badge badge-d-done">{t('metOn', { day: day(m.metOn) })}</span>}
      <span className="row-actions">
        <button type="button" className="button button-small" onClick={() => setEditing(true)} data-testid="milestone-edit">
          {t('editor.edit')}
        </button>
        <ConfirmButton
          small
          label={t('editor.remove')}
          question={<Trans t={t} i18nKey="editor.confirmRemove" components={{ name: <Picked of={m} field="title" /> }} />}
          confirmLabel={t('editor.remove')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(m.id)}
          testId={`milestone-remove-${m.id}`}
        />
      </span>
      <RequestFailure error={remove.error} />
    </li>
  );
}

export function MilestonesEditor({ deliverable }: { deliverable: DeliverableDetail }) {
  const { t } = useTranslation('committee');
  const add = useAddMilestone(deliverable.id);
  return (
    <section className="card" data-testid="milestones-editor">
      <h2>{t('milestones')}</h2>
      {deliverable.milestones.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="plain-list editor-list">
        {deliverable.milestones.map((m) => (
          <MilestoneRow key={m.id} deliverable={deliverable} m={m} />
        ))}
      </ul>
      <h3>{t('editor.addMilestone')}</h3>
      <MilestoneForm
        year={deliverable.year}
        pending={add.isPending}
        error={add.error}
        submitLabel={t('editor.addMilestone')}
        onSubmit={(input, reset) => add.mutate(input, { onSuccess: reset })}
      />
    </section>
  );
}

export function ProgressForm({ id }: { id: number }) {
  const { t } = useTranslation('committee');
  const add = useAddProgress(id);
  const [percent, setPercent] = useState('');
  const [note, setNote] = useState('');
  const [recordedOn, setRecordedOn] = useState(todayInHanoi());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { percent: Number(percent), recordedOn, ...(note ? { note } : {}) },
      {
        onSuccess: () => {
          setPercent('');
          setNote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="progress-form" data-testid="progress-form">
      <input
        type="number"
        min={0}
        max={100}
        value={percent}
        onChange={(e) => setPercent(e.target.value)}
        aria-label={t('progress')}
        placeholder="%"
        required
        data-testid="progress-percent"
      />
      <DateInput
        type="date"
        value={recordedOn}
        onChange={(e) => setRecordedOn(e.target.value)}
        aria-label={t('editor.recordedOn')}
        required
        data-testid="progress-day"
      />
      <input
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('progressNote')}
        aria-label={t('progressNote')}
        data-testid="progress-note"
      />
      <button type="submit" className="button button-primary" disabled={add.isPending} data-testid="progress-save">
        {t('recordProgress')}
      </button>
      <RequestFailure error={add.error} />
    </form>
  );
}

export function ProgressEditor({ deliverable: d }: { deliverable: DeliverableDetail }) {
  const { t } = useTranslation('committee');
  const remove = useDeleteProgress(d.id);
  return (
    <section className="card" data-testid="progress-editor">
      <h2>{t('progress')}</h2>
      {d.children.length > 0 && <p className="muted">{t('editor.rollsUp')}</p>}
      {d.progressUpdates.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="plain-list editor-list">
        {d.progressUpdates.map((u) => (
          <li key={u.id} data-testid="progress-update">
            <strong>{day(u.recordedOn)}</strong> · {formatPercent(u.percent / 100)}
            {u.note && ` — ${u.note}`}
            <ConfirmButton
              small
              label={t('editor.remove')}
              question={t('editor.confirmRemoveProgress')}
              confirmLabel={t('editor.remove')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate(u.id)}
              testId={`progress-remove-${u.id}`}
            />
          </li>
        ))}
      </ul>
      <RequestFailure error={remove.error} />
      {d.children.length === 0 && <ProgressForm id={d.id} />}
    </section>
  );
}
