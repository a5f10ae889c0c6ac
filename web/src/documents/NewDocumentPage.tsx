/** Registering a draft document (staff): the server gives it its reference code. */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { useMeetings, useParties } from '../api/queries';
import { pick } from '../i18n/pick';
import { ErrorDetails } from '../layout/QueryState';
import { documentTypes, pillars, type DocumentDetail } from './api';

const confidentialities = ['members', 'participants', 'public_on_outcome', 'public'] as const;
const actions = ['adopt', 'note', 'issue'] as const;

export function NewDocumentPage() {
  const { t } = useTranslation('documents');
  const navigate = useNavigate();
  const meetings = useMeetings({});
  const parties = useParties();
  const [form, setForm] = useState({
    titleEn: '',
    titleVi: '',
    type: 'declaration',
    pillar: 'cross_pillar',
    actingMeetingId: '',
    intendedAction: 'adopt',
    confidentiality: 'members',
    proposer: '',
  });
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
        proposerPartyIds: form.proposer ? [Number(form.proposer)] : [],
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
  const select = (name: keyof typeof form, options: Array<[string, string]>, blank?: string) => (
    <label className="field">
      <span>{t(`new.${name}`)}</span>
      <select value={form[name]} onChange={set(name)} data-testid={`new-${name}`} required={name === 'actingMeetingId'}>
        {blank !== undefined && <option value="">{blank}</option>}
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
        {select('type', documentTypes.map((s) => [s, t(`type.${s}`)]))}
        {select('pillar', pillars.map((s) => [s, t(`pillar.${s}`)]))}
        {select('actingMeetingId', (meetings.data ?? []).map((m) => [String(m.id), pick(m, 'title')]), '—')}
        {select('intendedAction', actions.map((s) => [s, t(`action.${s}`)]))}
        {select('confidentiality', confidentialities.map((s) => [s, t(`confidentiality.${s}`)]))}
        {select('proposer', (parties.data ?? []).map((p) => [String(p.id), pick(p, 'name')]), '—')}
        <p>
          <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="new-submit">
            {t('new.submit')}
          </button>
        </p>
        {create.error && (
          <div className="error" role="alert">
            {create.error.message}
            {create.error instanceof ApiError && <ErrorDetails details={create.error.details} />}
          </div>
        )}
      </form>
    </section>
  );
}
