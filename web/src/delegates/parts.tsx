/** Small pieces shared by the liaison's page and the secretariat's review. */
import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { instantIn } from '../i18n/format';
import { photoUrl, type Nomination } from './api';
import { CHAIR_ZONE } from '../../../src/server/domain/chairmanship';

export function StatusBadge({ status }: { status: Nomination['status'] }) {
  const { t } = useTranslation('delegates');
  return (
    <span className={`badge badge-nomination-${status}`} data-testid="nomination-status">
      {t(`status.${status}`)}
    </span>
  );
}

export function RoleBadge({ role }: { role: Nomination['role'] }) {
  const { t } = useTranslation('delegates');
  return <span className={`badge badge-role-${role}`}>{t(`role.${role}`)}</span>;
}

export function NomineePhoto({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation('delegates');
  if (!nomination.hasPhoto) return <span className="nominee-photo nominee-photo-empty" aria-hidden="true" />;
  return <img className="nominee-photo" src={photoUrl(nomination.id)} alt={t('nomination.photoAlt', { name: nomination.fullName })} />;
}

/** Dates of the secretariat's records, shown in the host's zone like the meetings. */
export const day = (iso: string) => instantIn(iso, CHAIR_ZONE).toLocaleString(DateTime.DATE_MED);

/** Why it was rejected or withdrawn, whom it replaced, who replaced it: the nomination's history. */
export function NominationHistory({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation('delegates');
  return (
    <>
      {n.replaces && (
        <p className="nomination-note" data-testid="nomination-replaces">
          {t('nomination.replaces', { name: n.replaces.fullName, position: n.replaces.position, reason: n.substitutionReason ?? '' })}
        </p>
      )}
      {n.replacedBy && (
        <p className="nomination-note" data-testid="nomination-replaced-by">
          {t('nomination.replacedBy', { name: n.replacedBy.fullName, when: day(n.replacedBy.at), reason: n.replacedBy.reason ?? '' })}
        </p>
      )}
      {n.reason && <p className="nomination-note">{t('nomination.reason', { reason: n.reason })}</p>}
      <p className="nomination-note muted">
        {n.nominatedByName
          ? t('nomination.nominatedBy', { name: n.nominatedByName, when: day(n.nominatedAt) })
          : t('nomination.nominated', { when: day(n.nominatedAt) })}
      </p>
    </>
  );
}
