/**
 * The routes. Every page is loaded when first visited (React.lazy): the first
 * load carries only React, the router, i18n, the layout and the page asked
 * for, and a heavy library (FullCalendar, ECharts, …) comes with the pages
 * that use it. docs/decisions/web-code-splitting.md; `npm run check:bundle`
 * keeps every route's first load under its budget.
 */
import { type ComponentType, createElement, lazy, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from './auth/Gate';
import { BareLayout, Layout, NotFoundPage } from './layout/Layout';
import './partners/partners.css';
import './committee/committee.css';
import './press/press.css';

/** A page whose code is loaded when first rendered, or ahead with `preload`. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * A lazily loaded page: the named export `name` of the module `load` imports.
 * Once the module is here (preloaded, or visited before) the page renders at
 * once; only before that does it suspend. A page that suspends shows the
 * layout's fallback, and React then holds the page back for a moment after
 * it arrives (so that pages do not flash in one part after another): on a
 * first visit whose code was fetched ahead (preload.ts), that wait was most
 * of the time the page took to appear.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  // A failed load is forgotten, so that the next render (or preload) tries again.
  const fetch = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  // Chosen once per mount: switching from Lazy to the module's component later would remount the page.
  const Page = () => {
    const [component] = useState(() => loaded ?? Lazy);
    return createElement(component);
  };
  Page.preload = fetch;
  return Page;
}

// Meetings. Whatever the page asked for, its code is fetched with React's
// start-up (preload.ts); the calendar (the home page) and the registry have their data fetched too.
const CalendarPage = page(() => import('./meetings/CalendarPage'), 'CalendarPage');
const NewMeetingPage = page(() => import('./meetings/NewMeetingPage'), 'NewMeetingPage');
const MeetingPage = page(() => import('./meetings/MeetingPage'), 'MeetingPage');
const MeetingEditPage = page(() => import('./meetings/MeetingEditPage'), 'MeetingEditPage');

// Meeting room
const ConsolePage = page(() => import('./room/ConsolePage'), 'ConsolePage');
const ProjectorPage = page(() => import('./room/ProjectorPage'), 'ProjectorPage');
const PortalLivePage = page(() => import('./room/PortalLivePage'), 'PortalLivePage');

// Reference data
const PartnersPage = page(() => import('./partners/PartnersPage'), 'PartnersPage');
const PartnerPage = page(() => import('./partners/PartnerPage'), 'PartnerPage');
const ChairmanshipsPage = page(() => import('./partners/ChairmanshipsPage'), 'ChairmanshipsPage');
const PeoplePage = page(() => import('./people/PeoplePage'), 'PeoplePage');
const PersonPage = page(() => import('./people/PersonPage'), 'PersonPage');
const SearchPage = page(() => import('./search/SearchPage'), 'SearchPage');

// Committee (the dashboard brings ECharts)
const CommitteeDashboardPage = page(() => import('./committee/DashboardPage'), 'DashboardPage');
const DeliverablesPage = page(() => import('./committee/DeliverablesPages'), 'DeliverablesPage');
const DeliverablePage = page(() => import('./committee/DeliverablesPages'), 'DeliverablePage');
const DeliverableNewPage = page(() => import('./committee/DeliverableEditPage'), 'DeliverableNewPage');
const DeliverableEditPage = page(() => import('./committee/DeliverableEditPage'), 'DeliverableEditPage');
const SessionsPage = page(() => import('./committee/SessionsPages'), 'SessionsPage');
const SessionPage = page(() => import('./committee/SessionsPages'), 'SessionPage');
const TasksPage = page(() => import('./committee/TasksPage'), 'TasksPage');
const TaskPage = page(() => import('./committee/TaskPage'), 'TaskPage');
const NotificationsPage = page(() => import('./committee/NotificationsPage'), 'NotificationsPage');
const BodiesPage = page(() => import('./committee/BodiesPage'), 'BodiesPage');

// Documents
const RegistryPage = page(() => import('./documents/RegistryPage'), 'RegistryPage');
const NewDocumentPage = page(() => import('./documents/NewDocumentPage'), 'NewDocumentPage');
const DocumentPage = page(() => import('./documents/DocumentPage'), 'DocumentPage');
const OutcomesPage = page(() => import('./documents/OutcomesPage'), 'OutcomesPage');

// Scheduling
const SchedulingPage = page(() => import('./scheduling/SchedulingPage'), 'SchedulingPage');
const FeedsPage = page(() => import('./scheduling/FeedsPage'), 'FeedsPage');
const ClusterSchedulePage = page(() => import('./scheduling/ClusterSchedulePage'), 'ClusterSchedulePage');
const ClusterEditPage = page(() => import('./scheduling/ClusterEditPage'), 'ClusterEditPage');
const RulesPage = page(() => import('./scheduling/RulesPage'), 'RulesPage');

// Accounts and administration
const SignInPage = page(() => import('./auth/SignInPage'), 'SignInPage');
const OidcCallbackPage = page(() => import('./auth/OidcCallbackPage'), 'OidcCallbackPage');
const AccountPage = page(() => import('./auth/AccountPage'), 'AccountPage');
const SecurityPage = page(() => import('./auth/SecurityPage'), 'SecurityPage');
const UsersPage = page(() => import('./users/UsersPage'), 'UsersPage');
const OutboxPage = page(() => import('./users/OutboxPage'), 'OutboxPage');
const AuditPage = page(() => import('./users/AuditPage'), 'AuditPage');
const SetPasswordPage = page(() => import('./users/SetPasswordPage'), 'SetPasswordPage');
const ForgotPasswordPage = page(() => import('./users/ForgotPasswordPage'), 'ForgotPasswordPage');

// Press and the public portal
const PressHomePage = page(() => import('./press/PressHomePage'), 'PressHomePage');
const ApplyPage = page(() => import('./press/ApplyPage'), 'ApplyPage');
const ApplicationPage = page(() => import('./press/ApplicationPage'), 'ApplicationPage');
const MyApplicationsPage = page(() => import('./press/MyApplicationsPage'), 'MyApplicationsPage');
const ReviewPage = page(() => import('./press/ReviewPage'), 'ReviewPage');
const MonitoringPage = page(() => import('./press/MonitoringPage'), 'MonitoringPage');
const ClippingPage = page(() => import('./press/ClippingPage'), 'ClippingPage');
const SourcesPage = page(() => import('./press/SourcesPage'), 'SourcesPage');
const DailyReviewPage = page(() => import('./press/DailyReviewPage'), 'DailyReviewPage');
const VerifyPage = page(() => import('./press/VerifyPage'), 'VerifyPage');
const ArticlesPage = page(() => import('./press/ArticlesPage'), 'ArticlesPage');
const ArticleEditPage = page(() => import('./press/ArticleEditPage'), 'ArticleEditPage');
const BriefingsPage = page(() => import('./press/BriefingsPage'), 'BriefingsPage');
const PortalHomePage = page(() => import('./press/PortalHomePage'), 'PortalHomePage');
const PortalArticlePage = page(() => import('./press/PortalArticlePage'), 'PortalArticlePage');
const PortalMeetingPage = page(() => import('./press/PortalMeetingPage'), 'PortalMeetingPage');

// Delegations and the journal
const MyDelegationPage = page(() => import('./delegates/MyDelegationPage'), 'MyDelegationPage');
const DelegatesReviewPage = page(() => import('./delegates/ReviewPage'), 'DelegatesReviewPage');
const JournalPage = page(() => import('./journal/JournalPage'), 'JournalPage');

/**
 * The routes, as elements: App renders them, and preload.ts matches the
 * address against them to load the page's code before the first render.
 */
export const routes = (
  <>
    {/* Full screen, without the site's navigation. */}
    <Route element={<BareLayout />}>
      <Route path="meetings/:id/projector" element={<ProjectorPage />} />
    </Route>
    {/* The layout waits for the page inside its own Suspense: header and footer stay up while a page loads. */}
    <Route element={<Layout />}>
      <Route index element={<CalendarPage />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="meetings/:id/room" element={<ConsolePage />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:code" element={<PartnerPage />} />
      <Route path="chairmanships" element={<ChairmanshipsPage />} />
      <Route path="people" element={<PeoplePage />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="search" element={<SearchPage />} />
      <Route path="documents" element={<RegistryPage />} />
      <Route path="documents/:id" element={<DocumentPage />} />
      <Route path="meetings/:id/outcomes" element={<OutcomesPage />} />
      {/* The workbench's pages refuse by themselves, pointing a liaison to its own (scheduling/StaffOnly). */}
      <Route path="schedule" element={<SchedulingPage />} />
      <Route path="clusters/:id/schedule" element={<ClusterSchedulePage />} />
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="sign-in/oidc" element={<OidcCallbackPage />} />
      <Route path="set-password" element={<SetPasswordPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="press" element={<PressHomePage />} />
      <Route path="press/apply/:eventId" element={<ApplyPage />} />
      <Route path="press/applications/:id" element={<ApplicationPage />} />
      {/* Signed out it says what it is and offers sign-in; any account may have applications. */}
      <Route path="press/mine" element={<MyApplicationsPage />} />
      <Route path="verify" element={<VerifyPage />} />
      <Route path="portal" element={<PortalHomePage />} />
      <Route path="portal/articles/:slug" element={<PortalArticlePage />} />
      <Route path="portal/meetings/:id" element={<PortalMeetingPage />} />
      <Route path="portal/meetings/:id/live" element={<PortalLivePage />} />
      <Route path="journal" element={<JournalPage />} />
      <Route path="journal/:date" element={<JournalPage />} />

      {/* Pages wholly for one permission (the server's table): anyone else gets the refusal page, never the page's forms. */}
      <Route element={<RequirePermission permission="session.signedIn" />}>
        <Route path="account" element={<AccountPage />} />
        <Route path="committee/notifications" element={<NotificationsPage />} />
      </Route>
      <Route element={<RequirePermission permission="meetings.write" />}>
        <Route path="meetings/new" element={<NewMeetingPage />} />
        <Route path="meetings/:id/edit" element={<MeetingEditPage />} />
      </Route>
      <Route element={<RequirePermission permission="committee.read" />}>
        <Route path="committee" element={<CommitteeDashboardPage />} />
        <Route path="committee/deliverables" element={<DeliverablesPage />} />
        <Route path="committee/deliverables/:id" element={<DeliverablePage />} />
        <Route path="committee/sessions" element={<SessionsPage />} />
        <Route path="committee/sessions/:number" element={<SessionPage />} />
        <Route path="committee/tasks" element={<TasksPage />} />
        <Route path="committee/tasks/:id" element={<TaskPage />} />
        <Route path="committee/bodies" element={<BodiesPage />} />
      </Route>
      <Route element={<RequirePermission permission="committee.manage" />}>
        <Route path="committee/deliverables/new" element={<DeliverableNewPage />} />
        <Route path="committee/deliverables/:id/edit" element={<DeliverableEditPage />} />
      </Route>
      <Route element={<RequirePermission permission="documents.write" />}>
        <Route path="documents/new" element={<NewDocumentPage />} />
      </Route>
      <Route element={<RequirePermission permission="schedule.run" />}>
        <Route path="clusters/:id/rules" element={<RulesPage />} />
      </Route>
      <Route element={<RequirePermission permission="schedule.write" />}>
        <Route path="clusters/new" element={<ClusterEditPage />} />
        <Route path="clusters/:id/edit" element={<ClusterEditPage />} />
      </Route>
      <Route element={<RequirePermission permission="schedule.feeds" />}>
        <Route path="schedule/feeds" element={<FeedsPage />} />
      </Route>
      <Route element={<RequirePermission permission="security.manage" />}>
        <Route path="admin/security" element={<SecurityPage />} />
      </Route>
      <Route element={<RequirePermission permission="users.manage" />}>
        <Route path="admin/users" element={<UsersPage />} />
      </Route>
      <Route element={<RequirePermission permission="mail.outbox" />}>
        <Route path="admin/outbox" element={<OutboxPage />} />
      </Route>
      <Route element={<RequirePermission permission="audit.read" />}>
        <Route path="admin/audit" element={<AuditPage />} />
      </Route>
      <Route element={<RequirePermission permission="press.review" />}>
        <Route path="press/review" element={<ReviewPage />} />
      </Route>
      <Route element={<RequirePermission permission="press.monitor" />}>
        <Route path="press/monitoring" element={<MonitoringPage />} />
        <Route path="press/monitoring/clippings/:id" element={<ClippingPage />} />
        <Route path="press/monitoring/sources" element={<SourcesPage />} />
        <Route path="press/monitoring/review" element={<DailyReviewPage />} />
        <Route path="press/monitoring/review/:day" element={<DailyReviewPage />} />
      </Route>
      <Route element={<RequirePermission permission="press.write" />}>
        <Route path="press/articles" element={<ArticlesPage />} />
        <Route path="press/articles/:id" element={<ArticleEditPage />} />
        <Route path="press/briefings" element={<BriefingsPage />} />
      </Route>
      <Route element={<RequirePermission permission="delegates.nominate" />}>
        <Route path="delegation" element={<MyDelegationPage />} />
      </Route>
      <Route element={<RequirePermission permission="delegates.review" />}>
        <Route path="delegates/review" element={<DelegatesReviewPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>
);

export function App() {
  return <Routes>{routes}</Routes>;
}
