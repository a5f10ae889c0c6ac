/** The liaison's nomination form: for one meeting or a whole cluster, with the quota checked as they choose. */
import { useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PickedList } from '../i18n/InLanguage';
import { ApiError } from '../api/client';
import { fallbackLang, pick } from '../i18n/pick';
import { ErrorDetails, ErrorState } from '../layout/QueryState';
import { useNominate, type DelegateRole, type DelegationOverview } from './api';
import { FileInput } from '../layout/FileInput';

const FIELDS = ['fullName', 'position', 'email'] as const;

export function NominateForm({ overview, asSecretariat }: { overview: DelegationOverview; asSecretariat: boolean }) {
  const { t } = useTranslation('delegates');
  const { t: tc } = useTranslation();
  const nominate = useNominate();
  const form = useRef<HTMLFormElement>(null);
  const first = overview.clusters[0] ? `c:${overview.clusters[0].id}` : `m:${overview.meetings[0]?.id ?? ''}`;
  const [scope, setScope] = useState(first);
  const [role, setRole] = useState<DelegateRole>('member');
  const [done, setDone] = useState<string | null>(null);

  const [kind, rawId] = scope.split(':');
  const id = Number(rawId);
  const covered = kind === 'c' ? (overview.clusters.find((c) => c.id === id)?.meetingIds ?? []) : [id];
  const seats = overview.meetings.filter((m) => covered.includes(m.id));
  const blocked = role === 'head' ? seats.filter((m) => m.head !== null) : seats.filter((m) => m.left === 0);

  const error = nominate.error instanceof ApiError ? nominate.error : null;
  const fieldError = (name: string) => error?.details.find((d) => d.path === name)?.message;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(null);
    const data = new FormData(e.currentTarget);
    data.delete('scope');
    data.set(kind === 'c' ? 'clusterId' : 'meetingId', String(id));
    if (asSecretariat) data.set('partyId', String(overview.party.id));
    const photo = data.get('photo');
    if (photo instanceof File && photo.size === 0) data.delete('photo');
    nominate.mutate(data, {
      onSuccess: (nomination) => {
        setDone(t('nominate.done', { name: nomination.fullName }));
        form.current?.reset();
        setRole('member');
      },
    });
  };

  const errorText = (e: ApiError) =>
    e.status === 415 ? t('nominate.notImage') : e.status === 413 ? t('nominate.tooLarge') : tc(`errorCodes.${e.code}`, { defaultValue: e.message });

  return (
    <form ref={form} className="card form" onSubmit={onSubmit} data-testid="nominate-form">
      <h2>{t('nominate.title')}</h2>
      <div className="form-row">
        <label className="field">
          {t('nominate.scope')}
          <select name="scope" value={scope} onChange={(e) => setScope(e.target.value)} data-testid="nominate-scope">
            {overview.clusters.length > 0 && (
              <optgroup label={t('nominate.clusters')}>
                {overview.clusters.map((c) => (
                  <option key={c.id} value={`c:${c.id}`}>
                    {t('nominate.clusterOption', { title: pick(c, 'title'), count: c.meetingIds.length })}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('nominate.meetingsGroup')}>
              {overview.meetings.map((m) => (
                <option key={m.id} value={`m:${m.id}`} lang={fallbackLang(m, 'title')}>
                  {pick(m, 'title')}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="field">
          {t('nominate.role')}
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as DelegateRole)}>
            <option value="member">{t('role.member')}</option>
            <option value="head">{t('role.head')}</option>
          </select>
          {fieldError('role') && <small className="field-error">{fieldError('role')}</small>}
        </label>
      </div>
      {blocked.length > 0 && (
        <p className="state state-notice" data-testid="nominate-blocked">
          <Trans
            t={t}
            i18nKey={role === 'head' ? 'nominate.headTaken' : 'nominate.full'}
            components={{ meetings: <PickedList of={blocked} field="title" separator="; " /> }}
          />
        </p>
      )}
      <div className="form-row">
        {FIELDS.map((name) => (
          <label className="field" key={name}>
            {t(`nominate.${name}`)}
            <input
              name={name}
              required
              type={name === 'email' ? 'email' : 'text'}
              maxLength={name === 'position' ? 300 : 200}
              aria-invalid={fieldError(name) ? true : undefined}
            />
            {fieldError(name) && <small className="field-error">{fieldError(name)}</small>}
          </label>
        ))}
        <label className="field">
          {t('nominate.photo')}
          <FileInput name="photo" accept="image/jpeg,image/png" />
          <small className="muted">{t('nominate.photoHint')}</small>
          {fieldError('photo') && <small className="field-error">{fieldError('photo')}</small>}
        </label>
      </div>
      {error && (
        <div className="state state-error" role="alert">
          {errorText(error)}
          <ErrorDetails details={error.details} />
        </div>
      )}
      {nominate.isError && !error && <ErrorState error={nominate.error} />}
      {done && (
        <p className="state state-ok" role="status">
          {done}
        </p>
      )}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={nominate.isPending || blocked.length > 0}>
          {t('nominate.submit')}
        </button>
      </div>
    </form>
  );
}
