/**
 * Editing a document's registry facts. The server says which fields this
 * user may change now (`editableFields`); the others are shown disabled with
 * the reason. Only the fields changed since the form opened are sent, with the
 * `updatedAt` it opened on: if someone else saved in between, the server
 * refuses (409) and the form offers to start again from their version rather
 * than overwrite it. The reference code never changes.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { confidentialities, documentTypes, outcomeActions, pillars, useEditDocument, type DocumentDetail, type DocumentEdit, type MetadataField } from './api';
import { Problem } from './parts';
import { DeliverablesPicker, DocumentsPicker, MeetingPicker, PartiesPicker } from './pickers';
import { fromLocalInput, toLocalInput } from './when';
import { DateInput } from '../layout/DateInput';

interface Form {
  titleEn: string;
  titleVi: string;
  type: string;
  pillar: string;
  leadBodyEn: string;
  leadBodyVi: string;
  actingMeetingId: string;
  intendedAction: string;
  confidentiality: string;
  embargoUntil: string;
  proposerPartyIds: number[];
  related: DocumentDetail['related'];
  deliverables: DocumentDetail['relatedDeliverables'];
}

const formOf = (d: DocumentDetail): Form => ({
  titleEn: d.titleEn,
  titleVi: d.titleVi,
  type: d.type,
  pillar: d.pillar,
  leadBodyEn: d.leadBodyEn ?? '',
  leadBodyVi: d.leadBodyVi ?? '',
  actingMeetingId: String(d.meeting.id),
  intendedAction: d.intendedAction,
  confidentiality: d.confidentiality,
  embargoUntil: toLocalInput(d.embargoUntil),
  proposerPartyIds: d.proposerParties.map((p) => p.id),
  related: d.related,
  deliverables: d.relatedDeliverables,
});

const sameIds = (a: number[], b: number[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** What changed between the document and the form, in the API's words. */
function changesOf(d: DocumentDetail, f: Form): DocumentEdit {
  const before = formOf(d);
  const out: DocumentEdit = {};
  for (const k of ['titleEn', 'titleVi', 'type', 'pillar', 'intendedAction', 'confidentiality'] as const) {
    // The selects offer only the server's vocabulary, so their values are of its types.
    if (f[k] !== before[k]) Object.assign(out, { [k]: f[k] });
  }
  for (const k of ['leadBodyEn', 'leadBodyVi'] as const) if (f[k] !== before[k]) out[k] = f[k].trim() || null;
  if (f.actingMeetingId !== before.actingMeetingId) out.actingMeetingId = Number(f.actingMeetingId);
  const embargo = f.confidentiality === 'public_on_outcome' ? f.embargoUntil : '';
  if (embargo !== before.embargoUntil) out.embargoUntil = fromLocalInput(embargo);
  if (!sameIds(f.proposerPartyIds, before.proposerPartyIds)) out.proposerPartyIds = f.proposerPartyIds;
  const related = f.related.map((r) => r.id);
  if (
    !sameIds(
      related,
      before.related.map((r) => r.id),
    )
  )
    out.relatedDocumentIds = related;
  const served = f.deliverables.map((r) => r.id);
  if (
    !sameIds(
      served,
      before.deliverables.map((r) => r.id),
    )
  )
    out.relatedDeliverableIds = served;
  return out;
}

export function EditDocument({ document: latest, onDone }: { document: DocumentDetail; onDone: () => void }) {
  const { t } = useTranslation('documents');
  const edit = useEditDocument(latest.id);
  const client = useQueryClient();
  // The version the form was opened on: changes are reckoned against it, not
  // against a newer one fetched meanwhile, which would undo someone else's edit.
  const [d, setBase] = useState(latest);
  const [form, setForm] = useState(() => formOf(latest));
  const may = (f: MetadataField) => d.editableFields.includes(f);
  const problems = edit.error instanceof ApiError ? edit.error.details.map((x) => x.path) : [];
  const stale = problems.includes('expectedUpdatedAt');
  const bad = new Set(problems);
  const setText = (name: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const changes = changesOf(d, form);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!Object.keys(changes).length) return onDone();
    edit.mutate({ ...changes, expectedUpdatedAt: d.updatedAt }, { onSuccess: onDone });
  };
  // Someone saved first: load their version and lay this user's changes over it, to check and save again.
  const startAgain = async () => {
    await client.invalidateQueries({ queryKey: ['document', String(latest.id)] });
    const fresh = client.getQueryData<DocumentDetail>(['document', String(latest.id)]) ?? latest;
    const opened = formOf(d);
    const next = formOf(fresh);
    for (const k of Object.keys(form) as Array<keyof Form>) {
      if (JSON.stringify(form[k]) !== JSON.stringify(opened[k])) Object.assign(next, { [k]: form[k] });
    }
    setBase(fresh);
    setForm(next);
    edit.reset();
  };
  const text = (name: 'titleEn' | 'titleVi' | 'leadBodyEn' | 'leadBodyVi', required: boolean, max: number) => (
    <label className="field">
      <span>{t(`edit.${name}`)}</span>
      <input
        value={form[name]}
        onChange={setText(name)}
        required={required}
        maxLength={max}
        disabled={!may(name)}
        aria-invalid={bad.has(name) || undefined}
        data-testid={`edit-${name}`}
      />
    </label>
  );
  const select = (name: 'type' | 'pillar' | 'intendedAction' | 'confidentiality', options: readonly string[], label: (v: string) => string) => (
    <label className="field">
      <span>{t(`edit.${name}`)}</span>
      <select value={form[name]} onChange={setText(name)} disabled={!may(name)} aria-invalid={bad.has(name) || undefined} data-testid={`edit-${name}`}>
        {options.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
      {!may(name) && <span className="hint">{t('edit.fixedRecord')}</span>}
    </label>
  );

  return (
    <form className="card edit-document" onSubmit={submit} data-testid="edit-form">
      <h2>{t('edit.title')}</h2>
      <p className="hint">{t('edit.referenceFixed', { code: d.referenceCode })}</p>
      <div className="form-grid">
        {text('titleEn', true, 500)}
        {text('titleVi', true, 500)}
        {select('type', documentTypes, (v) => t(`type.${v}`))}
        {select('pillar', pillars, (v) => t(`pillar.${v}`))}
        {select('intendedAction', outcomeActions, (v) => t(`action.${v}`))}
        {select('confidentiality', confidentialities, (v) => t(`confidentiality.${v}`))}
        {text('leadBodyEn', false, 200)}
        {text('leadBodyVi', false, 200)}
        {form.confidentiality === 'public_on_outcome' && (
          <label className="field">
            <span>{t('edit.embargoUntil')}</span>
            <DateInput
              type="datetime-local"
              value={form.embargoUntil}
              onChange={setText('embargoUntil')}
              disabled={!may('embargoUntil')}
              aria-invalid={bad.has('embargoUntil') || undefined}
              data-testid="edit-embargoUntil"
            />
            <span className="hint">{t('edit.embargoHint')}</span>
          </label>
        )}
        <div className="form-grid-wide">
          <MeetingPicker
            label={t('edit.actingMeetingId')}
            value={form.actingMeetingId}
            blank="—"
            required
            disabled={!may('actingMeetingId')}
            onChange={(v) => setForm({ ...form, actingMeetingId: v })}
            testId="edit-actingMeetingId"
          />
          {!may('actingMeetingId') && <p className="hint">{t(d.allowedTransitions.includes('deferred') ? 'edit.meetingByDeferral' : 'edit.fixedRecord')}</p>}
        </div>
      </div>
      <PartiesPicker
        label={t('edit.proposers')}
        value={form.proposerPartyIds}
        onChange={(ids) => setForm({ ...form, proposerPartyIds: ids })}
        disabled={!may('proposerPartyIds')}
        testId="edit-proposers"
      />
      <DocumentsPicker
        label={t('edit.related')}
        value={form.related}
        excludeId={d.id}
        onChange={(related) => setForm({ ...form, related })}
        disabled={!may('relatedDocumentIds')}
      />
      <DeliverablesPicker
        label={t('edit.deliverables')}
        value={form.deliverables}
        onChange={(deliverables) => setForm({ ...form, deliverables })}
        disabled={!may('relatedDeliverableIds')}
      />
      {stale ? (
        <div className="state state-notice" role="alert" data-testid="edit-stale">
          <p>{t('edit.stale')}</p>
          <button type="button" className="button button-small" onClick={() => void startAgain()} data-testid="edit-start-again">
            {t('edit.startAgain')}
          </button>
        </div>
      ) : (
        edit.error && <Problem error={edit.error} fieldLabel={(path) => t(`edit.${path}`, { defaultValue: path })} />
      )}
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={edit.isPending} data-testid="edit-save">
          {t('edit.save')}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone} disabled={edit.isPending}>
          {t('edit.cancel')}
        </button>
      </p>
    </form>
  );
}
