/** One nominee on the liaison's page: status, history, badge, substitution and withdrawal. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Picked } from '../i18n/InLanguage';
import { ErrorDetails, ErrorState } from '../layout/QueryState';
import { badgeUrl, useSubstitute, useWithdraw, type Nomination } from './api';
import { NominationHistory, NomineePhoto, RoleBadge, StatusBadge } from './parts';
import { FileInput } from '../layout/FileInput';
import { ConfirmButton } from '../meetings/form-parts';

function SubstituteForm({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const { t } = useTranslation('delegates');
  const { t: tc } = useTranslation();
  const substitute = useSubstitute();
  const error = substitute.error instanceof ApiError ? substitute.error : null;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const photo = data.get('photo');
    if (photo instanceof File && photo.size === 0) data.delete('photo');
    substitute.mutate({ id: nomination.id, form: data }, { onSuccess: onClose });
  };

  return (
    <form className="form substitute-form" onSubmit={onSubmit} data-testid="substitute-form">
      <h3>{t('substitute.title', { name: nomination.fullName })}</h3>
      <p className="muted">{t('substitute.intro', { name: nomination.fullName })}</p>
      <div className="form-row">
        {(['fullName', 'position', 'email'] as const).map((name) => (
          <label className="field" key={name}>
            {t(`nominate.${name}`)}
            <input name={name} required type={name === 'email' ? 'email' : 'text'} maxLength={300} />
          </label>
        ))}
        <label className="field">
          {t('nominate.photo')}
          <FileInput name="photo" accept="image/jpeg,image/png" />
        </label>
      </div>
      <label className="field">
        {t('substitute.reason')}
        <textarea name="reason" required rows={2} maxLength={1000} />
      </label>
      {error && (
        <div className="state state-error" role="alert">
          {tc(`errorCodes.${error.code}`, { defaultValue: error.message })}
          <ErrorDetails details={error.details} />
        </div>
      )}
      {substitute.isError && !error && <ErrorState error={substitute.error} />}
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={substitute.isPending}>
          {t('substitute.submit')}
        </button>
        <button className="button" type="button" onClick={onClose}>
          {t('substitute.cancel')}
        </button>
      </div>
    </form>
  );
}

export function NominationCard({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation('delegates');
  const withdraw = useWithdraw();
  const [substituting, setSubstituting] = useState(false);
  const active = n.status === 'pending' || n.status === 'approved';
  return (
    <li className={`nomination nomination-${n.status}`} data-testid={`nomination-${n.id}`}>
      <div className="nomination-main">
        <NomineePhoto nomination={n} />
        <div className="nomination-text">
          <p className="nomination-name">{n.fullName}</p>
          <p className="nomination-position">{n.position}</p>
          <p className="badges">
            <RoleBadge role={n.role} />
            <StatusBadge status={n.status} />
          </p>
          <p className="nomination-scope">
            <Picked of={n} field="scopeTitle" />
            {n.clusterId !== null && <span className="muted"> · {t('nomination.meetings', { count: n.meetings.length })}</span>}
          </p>
          <NominationHistory nomination={n} />
        </div>
      </div>
      {active && (
        <div className="nomination-actions">
          {n.status === 'approved' && (
            <a className="button button-primary" href={badgeUrl(n.id)} download data-testid="badge-link">
              {t('nomination.badge')}
            </a>
          )}
          <button type="button" className="button" onClick={() => setSubstituting((s) => !s)} aria-expanded={substituting}>
            {t('nomination.substitute')}
          </button>
          <ConfirmButton
            label={t('nomination.withdraw')}
            question={t('nomination.confirmWithdraw', { name: n.fullName })}
            confirmLabel={t('nomination.withdraw')}
            pending={withdraw.isPending}
            onConfirm={() => withdraw.mutate(n.id)}
            testId={`withdraw-${n.id}`}
          />
        </div>
      )}
      {withdraw.isError && <ErrorState error={withdraw.error} />}
      {substituting && <SubstituteForm nomination={n} onClose={() => setSubstituting(false)} />}
    </li>
  );
}
