/** Page frame: header (brand, navigation, search, language, user) and footer. */
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { canEditMeetings, may, useUser } from '../auth/session';
import { UserMenu } from '../auth/UserMenu';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { LiveUpdates } from '../live/LiveUpdates';
import { SearchBox } from '../search/SearchBox';
import { Footer } from './Footer';
import { GavelIcon } from './icons';
import { Loading, NotFoundCard } from './QueryState';
import { usePageTitle } from './useTitleFromHeading';

const mainElement = () => document.getElementById('main');

export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const { pathname } = useLocation();
  // Phones: the navigation folds behind a menu button, closed again on each navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  // Each page's title from its h1 (pages setting their own title keep it).
  usePageTitle(mainElement);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            <span className="brand-mark">
              <GavelIcon />
            </span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <button
            type="button"
            className="nav-toggle button button-ghost button-small"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
          {/* A link picked closes the menu at once: the next page may still be loading (lazy chunks, App.tsx). */}
          <nav
            id="main-nav"
            className={`main-nav${menuOpen ? ' open' : ''}`}
            aria-label={t('nav.label')}
            onClick={(event) => {
              if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false);
            }}
          >
            <NavLink to="/" end>
              {t('nav.calendar')}
            </NavLink>
            <NavLink to="/journal">{t('nav.journal')}</NavLink>
            <NavLink to="/partners">{t('nav.partners')}</NavLink>
            <NavLink to="/people">{t('nav.people')}</NavLink>
            {may(user, 'committee.read') && <NavLink to="/committee">{t('nav.committee')}</NavLink>}
            <NavLink to="/documents">{t('nav.documents')}</NavLink>
            <NavLink to="/press">{t('nav.press')}</NavLink>
            {user?.roles.includes('journalist') && <NavLink to="/press/mine">{t('nav.myApplications')}</NavLink>}
            {user?.roles.includes('delegation_liaison') && <NavLink to="/delegation">{t('nav.delegation')}</NavLink>}
            {canEditMeetings(user) && <NavLink to="/delegates/review">{t('nav.delegates')}</NavLink>}
            {canEditMeetings(user) && <NavLink to="/schedule">{t('nav.scheduling')}</NavLink>}
            {!canEditMeetings(user) && user?.roles.includes('delegation_liaison') && <NavLink to="/schedule/feeds">{t('nav.feeds')}</NavLink>}
            {may(user, 'users.manage') && <NavLink to="/admin/users">{t('nav.admin')}</NavLink>}
          </nav>
          <div className="header-tools">
            <SearchBox />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="container main">
        {/* Pages are loaded lazily (App.tsx): the layout stays while one arrives. */}
        <Suspense fallback={<Loading testId="page-code-loading" />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
      <LiveUpdates />
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <NotFoundCard title={t('notFound.title')} body={t('notFound.body')} />;
}

const bareElement = () => document.getElementById('bare');

/** The frame of full-screen pages (the projector): no header or navigation, but the tab still named from the page's h1. */
export function BareLayout() {
  usePageTitle(bareElement);
  return (
    <div id="bare">
      <Suspense fallback={<Loading testId="page-code-loading" />}>
        <Outlet />
      </Suspense>
    </div>
  );
}
