/** The administration pages' own navigation: users, the e-mail outbox, security, the audit log. */
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function AdminNav() {
  const { t } = useTranslation('users');
  return (
    <nav className="sub-nav" aria-label={t('nav.label')}>
      <NavLink to="/admin/users">{t('nav.users')}</NavLink>
      <NavLink to="/admin/outbox">{t('nav.outbox')}</NavLink>
      <NavLink to="/admin/security">{t('nav.security')}</NavLink>
      <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
    </nav>
  );
}
