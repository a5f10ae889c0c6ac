/**
 * An accreditation application's status with its waitlist place, and what its
 * applicant can do with it: download the badge once approved, withdraw while
 * it is still open. The applicant's page and "my applications" both show it;
 * only the key (from the receipt's link, or none when signed in) differs.
 */
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../layout/QueryState';
import { useCancel, type Application } from './api';

const withdrawable = new Set(['pending', 'approved', 'waitlisted']);

export function ApplicationStatus({ application: a, testId }: { application: Application; testId: string }) {
  const { t } = useTranslation('press');
  return (
    <p>
      <span className={`badge badge-application-${a.status}`} data-testid={testId}>
        {t(`status.${a.status}`)}
      </span>
      {a.waitlistPosition !== null && <span> {t('application.position', { position: a.waitlistPosition })}</span>}
    </p>
  );
}

export function ApplicationActions({ application: a, accessKey, badgeTestId }: { application: Application; accessKey: string | null; badgeTestId: string }) {
  const { t } = useTranslation('press');
  const cancel = useCancel(a.id, accessKey);
  const keyQuery = accessKey ? `?key=${encodeURIComponent(accessKey)}` : '';
  return (
    <>
      <div className="form-actions">
        {a.status === 'approved' && (
          <a className="button button-primary" href={`/api/press/applications/${a.id}/badge.pdf${keyQuery}`} download data-testid={badgeTestId}>
            {t('application.badge')}
          </a>
        )}
        {withdrawable.has(a.status) && (
          <button type="button" className="button" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            {t('application.cancel')}
          </button>
        )}
      </div>
      {cancel.isError && <ErrorState error={cancel.error} />}
    </>
  );
}
