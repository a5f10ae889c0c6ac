/** Header corner: the signed-in user (a link to their account) with a sign-out button, or a sign-in link. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { InLanguage } from '../i18n/InLanguage';
import { pick } from '../i18n/pick';
import { useSession, useSignOut } from './session';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const navigate = useNavigate();
  const user = session.data?.user ?? null;

  if (user === null) {
    if (session.isPending || location.pathname === '/sign-in') return null;
    // In the user menu's box, so that on a phone it takes the account's place (the header's second row).
    return (
      <div className="user-menu">
        <Link className="button button-ghost" to="/sign-in" state={{ from: location }} data-testid="sign-in-link">
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  // A long name is cut short in the header (two lines on a phone, then an ellipsis) with its language mark kept
  // in view; the whole name is the link's text for screen readers, its tooltip, and the account page's heading.
  const name = pick({ nameEn: user.displayName, nameVi: user.displayNameVi }, 'name');
  return (
    <div className="user-menu">
      <Link
        to="/account"
        className="user-name"
        title={[name, t('account.link'), pick(user, 'jobTitle'), user.roles.map((role) => t(`role.${role}`, { defaultValue: role })).join(', ')]
          .filter(Boolean)
          .join(' — ')}
        data-testid="account-link"
      >
        <InLanguage en={user.displayName} vi={user.displayNameVi} className="user-name-label">
          {(chosen) => <span className="user-name-text">{chosen.text}</span>}
        </InLanguage>
      </Link>
      <button
        type="button"
        className="button button-ghost"
        data-testid="sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/') })}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
