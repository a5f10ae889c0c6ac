/** Registering a draft document (staff): the server gives it its reference code. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { confidentialities, documentTypes, outcomeActions, pillars, type DocumentDetail } from './api';
import { Problem } from './parts';
import { MeetingPicker, PartiesPicker } from './pickers';

export function NewDocumentPage() {
  const { t } = useTranslation('documents');
  const navigate = useNavigate();
  const [form, setForm] = useState({
    titleEn: '',
    titleVi: '',
    type: 'declaration',
    pillar: 'cross_pillar',
    actingMeetingId: '',
    intendedAction: 'adopt',
    confidentiality: 'members',
  });
  const [proposers, setProposers] = useState<number[]>([]);
  const create = useMutation({
    mutationFn: () =>
      api.post<DocumentDetail>('/documents', {
        titleEn: form.titleEn,
        titleVi: form.titleVi,
        type: form.type,
        pillar: form.pillar,
        actingMeetingId: Number(form.actingMeetingId),
        intendedAction: form.intendedAction,
        confidentiality: form.confidentiality,
        proposerPartyIds: proposers,
      }),
    onSuccess: (d) => navigate(`/documents/${d.id}`),
  });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const field = (name: 'titleEn' | 'titleVi') => (
    <label className="field">
      <span>{t(`new.${name}`)}</span>
      <input required value={form[name]} onChange={set(name)} data-testid={`new-${name}`} />
    </label>
  );
  const select = (name: keyof typeof form, options: Array<[string, string]>) => (
    <label className="field">
      <span>{t(`new.${name}`)}</span>
      <select value={form[name]} onChange={set(name)} data-testid={`new-${name}`}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card">
      <p className="breadcrumb">
        <Link to="/documents">← {t('document.back')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <form className="form-grid" onSubmit={submit}>
        {field('titleEn')}
        {field('titleVi')}
        {select(
          'type',
          documentTypes.map((s) => [s, t(`type.${s}`)]),
        )}
        {select(
          'pillar',
          pillars.map((s) => [s, t(`pillar.${s}`)]),
        )}
        <MeetingPicker
          label={t('new.actingMeetingId')}
          value={form.actingMeetingId}
          blank="—"
          required
          onChange={(v) => setForm({ ...form, actingMeetingId: v })}
          testId="new-actingMeetingId"
        />
        {select(
          'intendedAction',
          outcomeActions.map((s) => [s, t(`action.${s}`)]),
        )}
        {select(
          'confidentiality',
          confidentialities.map((s) => [s, t(`confidentiality.${s}`)]),
        )}
        <div className="form-grid-wide">
          <PartiesPicker label={t('new.proposer')} value={proposers} onChange={setProposers} testId="new-proposers" />
        </div>
        <p>
          <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="new-submit">
            {t('new.submit')}
          </button>
        </p>
        {create.error && <Problem error={create.error} fieldLabel={(path) => t(`new.${path}`, { defaultValue: path })} />}
      </form>
    </section>
  );
}
