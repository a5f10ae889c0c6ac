/**
 * The scheduling workbench (clusters, optimizer, rules, every delegation's
 * burden) is the secretariat's ('schedule.run'): the server refuses it to
 * anyone else, and this says so before asking, as a refusal page. A
 * delegation's liaison is pointed to its own feed and burden.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Gate } from '../auth/Gate';
import { may, useUser } from '../auth/session';

export function StaffOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('scheduling');
  const user = useUser();
  const hint = may(user, 'schedule.feeds') && (
    <p>
      <Link to="/schedule/feeds">{t('workbench.toOwn')}</Link>
    </p>
  );
  return (
    <Gate permission="schedule.run" message={t('workbench.forbidden')} testId="workbench-forbidden" hint={hint}>
      {children}
    </Gate>
  );
}
