/**
 * The scheduling workbench (clusters, optimizer, rules, every delegation's
 * burden) is the secretariat's: the server refuses it to anyone else, and
 * this says so before asking. A delegation's liaison is pointed to its own
 * feed and burden.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canEditMeetings, useSession } from '../auth/session';
import { Loading } from '../layout/QueryState';

export function StaffOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('scheduling');
  const session = useSession();
  const user = session.data?.user ?? null;
  if (session.isPending) return <Loading />;
  if (canEditMeetings(user)) return <>{children}</>;
  return (
    <p className="state state-error" role="alert" data-testid="workbench-forbidden">
      {t('workbench.forbidden')} {!user && <Link to="/sign-in">{t('feedsPage.signIn')}</Link>}
      {user?.roles.includes('delegation_liaison') && <Link to="/schedule/feeds">{t('workbench.toOwn')}</Link>}
    </p>
  );
}
