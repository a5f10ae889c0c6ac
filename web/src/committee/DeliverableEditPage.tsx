/**
 * Creating and changing a deliverable (staff): titles, proposer, year, start,
 * owners, parent, weight and the meetings it serves; on an existing one, its
 * milestones and progress updates too (`RoadmapEditor.tsx`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError, RequestFailure } from '../layout/QueryState';
import { useCreateDeliverable, useDeliverable, useDeliverables, useUpdateDeliverable } from './api';
import { CommitteeNav, todayInHanoi } from './parts';
import { MultiPicker, SearchSelect, useBodyOptions, useMeetingOptions, usePartyOptions } from './pickers';
import { MilestonesEditor, ProgressEditor } from './RoadmapEditor';
import type { Deliverable, DeliverableDetail, DeliverableInput } from './types';
import { DateInput } from '../layout/DateInput';

interface Draft {
  titleVi: string;
  titleEn: string;
  proposerPartyId: number | null;
  year: string;
  startedOn: string;
  ownerBodyIds: number[];
  parentId: number | null;
  weight: string;
  meetingIds: number[];
}

const draftOf = (d: DeliverableDetail): Draft => ({
  titleVi: d.titleVi,
  titleEn: d.titleEn,
  proposerPartyId: d.proposer?.id ?? null,
  year: String(d.year),
  startedOn: d.startedOn,
  ownerBodyIds: d.owners.map((o) => o.id),
  parentId: d.parentId,
  weight: d.weight === null ? '' : String(d.weight),
  meetingIds: d.meetings.map((m) => m.id),
});

const blank = (): Draft => {
  const today = todayInHanoi();
  return {
    titleVi: '',
    titleEn: '',
    proposerPartyId: null,
    year: today.slice(0, 4),
    startedOn: today,
    ownerBodyIds: [],
    parentId: null,
    weight: '',
    meetingIds: [],
  };
};

/** A deliverable cannot sit under itself or under one of its own sub-deliverables. */
function possibleParents(all: Deliverable[], id: number | undefined): Deliverable[] {
  if (id === undefined) return all;
  const below = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of all) {
      if (d.parentId !== null && below.has(d.parentId) && !below.has(d.id)) {
        below.add(d.id);
        grew = true;
      }
    }
  }
  return all.filter((d) => !below.has(d.id));
}

function DeliverableForm({ initial, id, onSaved }: { initial: Draft; id?: number; onSaved: (d: DeliverableDetail) => void }) {
  const { t } = useTranslation('committee');
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const create = useCreateDeliverable();
  const update = useUpdateDeliverable(id ?? 0);
  const save = id === undefined ? create : update;
  const bodies = useBodyOptions(true);
  const parties = usePartyOptions();
  const meetings = useMeetingOptions(Number(draft.year) || undefined);
  const all = useDeliverables('');
  const parents = possibleParents(all.data?.deliverables ?? [], id).map((d) => ({ id: d.id, label: pick(d, 'title'), hint: String(d.year) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: DeliverableInput = {
      titleVi: draft.titleVi,
      titleEn: draft.titleEn || draft.titleVi,
      proposerPartyId: draft.proposerPartyId,
      year: Number(draft.year),
      startedOn: draft.startedOn,
      ownerBodyIds: draft.ownerBodyIds,
      parentId: draft.parentId,
      weight: draft.weight === '' ? null : Number(draft.weight),
      meetingIds: draft.meetingIds,
    };
    save.mutate(input, { onSuccess: onSaved });
  };

  return (
    <form className="card form" onSubmit={submit} data-testid="deliverable-form">
      <div className="form-row">
        <label className="field">
          {t('editor.titleVi')}
          <input value={draft.titleVi} onChange={(e) => set({ titleVi: e.target.value })} required lang="vi" data-testid="deliverable-title-vi" />
        </label>
        <label className="field">
          {t('editor.titleEn')}
          <input value={draft.titleEn} onChange={(e) => set({ titleEn: e.target.value })} lang="en" data-testid="deliverable-title-en" />
        </label>
      </div>
      <div className="form-row">
        <div className="field">
          {t('proposer')}
          <SearchSelect
            options={parties}
            value={draft.proposerPartyId}
            onChange={(v) => set({ proposerPartyId: v })}
            label={t('proposer')}
            empty={t('picker.nobody')}
            testId="deliverable-proposer"
          />
        </div>
        <label className="field">
          {t('editor.year')}
          <input
            type="number"
            min={1967}
            max={2200}
            value={draft.year}
            onChange={(e) => set({ year: e.target.value })}
            required
            data-testid="deliverable-year"
          />
        </label>
        <label className="field">
          {t('editor.startedOn')}
          <DateInput type="date" value={draft.startedOn} onChange={(e) => set({ startedOn: e.target.value })} required data-testid="deliverable-started" />
        </label>
      </div>
      <div className="field">
        {t('owners')}
        <MultiPicker options={bodies} values={draft.ownerBodyIds} onChange={(v) => set({ ownerBodyIds: v })} label={t('owners')} testId="deliverable-owners" />
      </div>
      <div className="form-row">
        <div className="field">
          {t('editor.parent')}
          <SearchSelect
            options={parents}
            value={draft.parentId}
            onChange={(v) => set({ parentId: v })}
            label={t('editor.parent')}
            empty={t('editor.noParent')}
            testId="deliverable-parent"
          />
        </div>
        <label className="field">
          {t('editor.weight')}
          <input type="number" min={0} max={1000} value={draft.weight} onChange={(e) => set({ weight: e.target.value })} data-testid="deliverable-weight" />
          <span className="hint">{t('editor.weightHint')}</span>
        </label>
      </div>
      <div className="field">
        {t('meetings')}
        <MultiPicker
          options={meetings}
          values={draft.meetingIds}
          onChange={(v) => set({ meetingIds: v })}
          label={t('meetings')}
          testId="deliverable-meetings"
        />
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="deliverable-save">
          {id === undefined ? t('editor.create') : t('editor.save')}
        </button>
        {save.isSuccess && id !== undefined && (
          <span className="muted" role="status" data-testid="deliverable-saved">
            {t('editor.saved')}
          </span>
        )}
      </p>
      <RequestFailure error={save.error} />
    </form>
  );
}

export function DeliverableNewPage() {
  const { t } = useTranslation('committee');
  const navigate = useNavigate();
  // Staff only: the route's gate (App.tsx) refuses anyone else.
  return (
    <article className="committee">
      <CommitteeNav />
      <h1>{t('editor.newTitle')}</h1>
      <DeliverableForm initial={blank()} onSaved={(d) => void navigate(`/committee/deliverables/${d.id}/edit`)} />
    </article>
  );
}

export function DeliverableEditPage() {
  const { id } = useParams();
  const { t } = useTranslation('committee');
  const detail = useDeliverable(id, '');
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  return (
    <article className="committee">
      <CommitteeNav />
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('editor.editEyebrow')}</p>
          <h1 data-testid="editor-title" data-page-kind={t('editor.editEyebrow')}>
            <Picked of={d} field="title" />
          </h1>
        </div>
        <Link className="button" to={`/committee/deliverables/${d.id}`} data-testid="deliverable-view">
          {t('editor.view')}
        </Link>
      </header>
      <DeliverableForm key={d.id} initial={draftOf(d)} id={d.id} onSaved={() => undefined} />
      <MilestonesEditor deliverable={d} />
      <ProgressEditor deliverable={d} />
    </article>
  );
}
