/** The door's check: the QR code opens this page with the token after '#'; it may also be pasted. */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { countryName } from '../i18n/countries';
import { currentLanguage } from '../i18n/index';
import { useTranslation } from 'react-i18next';
import { InLanguage } from '../i18n/InLanguage';
import { ErrorState } from '../layout/QueryState';
import { verifyToken, type VerifyResult } from './api';

/** Who the badge names: a journalist's outlet, or a delegate's position and delegation. */
function Holder({ result }: { result: VerifyResult }) {
  const { t } = useTranslation('delegates');
  const event = <InLanguage en={result.eventTitleEn} vi={result.eventTitleVi} />;
  if (result.kind === 'delegate') {
    return (
      <p>
        {t('verify.delegate')} · {result.role ? t(`role.${result.role}`) : ''}
        <br />
        <strong>{result.fullName}</strong> · {result.position}
        <br />
        <InLanguage en={result.delegationEn} vi={result.delegationVi} />
        <br />
        {event}
      </p>
    );
  }
  return (
    <p>
      {result.fullName} · {result.outlet}
      {result.nationality ? ` · ${countryName(result.nationality, currentLanguage())}` : ''}
      <br />
      {event}
    </p>
  );
}

export function VerifyPage() {
  const { t } = useTranslation('press');
  const [token, setToken] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const check = useMutation({ mutationFn: verifyToken });
  const { mutate } = check;

  useEffect(() => {
    const fromHash = decodeURIComponent(window.location.hash.slice(1));
    if (fromHash) mutate(fromHash);
  }, [mutate]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (token.trim()) check.mutate(token.trim());
  };
  const result = check.data;
  return (
    <section className="card form-card">
      <h1>{t('verify.title')}</h1>
      <form className="form" onSubmit={onSubmit}>
        <label className="field">
          {t('verify.token')}
          <textarea name="token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={check.isPending}>
            {t('verify.check')}
          </button>
        </div>
      </form>
      {check.isError && <ErrorState error={check.error} />}
      {result && (
        <div className={`verify-result verify-${result.status}`} role="status" data-testid="verify-result" data-status={result.status}>
          <strong>{t(`verify.${result.status}`)}</strong>
          {result.fullName && <Holder result={result} />}
        </div>
      )}
    </section>
  );
}
