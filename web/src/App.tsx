import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AccountPage } from './auth/AccountPage';
import { SecurityPage } from './auth/SecurityPage';
import { ForgotPasswordPage } from './users/ForgotPasswordPage';
import { OutboxPage } from './users/OutboxPage';
import { AuditPage } from './users/AuditPage';
import { SetPasswordPage } from './users/SetPasswordPage';
import { UsersPage } from './users/UsersPage';
import { SignInPage } from './auth/SignInPage';
import { OidcCallbackPage } from './auth/OidcCallbackPage';
import { Layout, NotFoundPage } from './layout/Layout';
import { Loading } from './layout/QueryState';
import { MeetingEditPage } from './meetings/MeetingEditPage';
import { MeetingPage } from './meetings/MeetingPage';
import { NewMeetingPage } from './meetings/NewMeetingPage';
import { ConsolePage } from './room/ConsolePage';
import { PortalLivePage } from './room/PortalLivePage';
import { ProjectorPage } from './room/ProjectorPage';
import { PartnerPage } from './partners/PartnerPage';
import { PartnersPage } from './partners/PartnersPage';
import { ChairmanshipsPage } from './partners/ChairmanshipsPage';
import './partners/partners.css';
import { PeoplePage } from './people/PeoplePage';
import { PersonPage } from './people/PersonPage';
import { BodiesPage } from './committee/BodiesPage';
import { DeliverableEditPage, DeliverableNewPage } from './committee/DeliverableEditPage';
import { DeliverablePage, DeliverablesPage } from './committee/DeliverablesPages';
import { NotificationsPage } from './committee/NotificationsPage';
import { SessionPage, SessionsPage } from './committee/SessionsPages';
import { TaskPage } from './committee/TaskPage';
import { TasksPage } from './committee/TasksPage';
import './committee/committee.css';
import { SearchPage } from './search/SearchPage';
import { DocumentPage } from './documents/DocumentPage';
import { NewDocumentPage } from './documents/NewDocumentPage';
import { OutcomesPage } from './documents/OutcomesPage';
import { RegistryPage } from './documents/RegistryPage';

// ECharts is large too: load the dashboard with it.
const CommitteeDashboardPage = lazy(() =>
  import('./committee/DashboardPage').then((module) => ({ default: module.DashboardPage })),
);
import { ApplicationPage } from './press/ApplicationPage';
import { MyApplicationsPage } from './press/MyApplicationsPage';
import { ArticleEditPage } from './press/ArticleEditPage';
import { ArticlesPage } from './press/ArticlesPage';
import { BriefingsPage } from './press/BriefingsPage';
import { ApplyPage } from './press/ApplyPage';
import { MonitoringPage } from './press/MonitoringPage';
import { PortalArticlePage } from './press/PortalArticlePage';
import { PortalHomePage } from './press/PortalHomePage';
import { PortalMeetingPage } from './press/PortalMeetingPage';
import { JournalPage } from './journal/JournalPage';
import './press/press.css';
import { PressHomePage } from './press/PressHomePage';
import { ReviewPage } from './press/ReviewPage';
import { VerifyPage } from './press/VerifyPage';
import { ClusterSchedulePage } from './scheduling/ClusterSchedulePage';
import { MyDelegationPage } from './delegates/MyDelegationPage';
import { DelegatesReviewPage } from './delegates/ReviewPage';

// FullCalendar is most of the bundle: load it with the calendar page only.
// echarts comes with the scheduling home only.
const SchedulingPage = lazy(() => import('./scheduling/SchedulingPage').then((module) => ({ default: module.SchedulingPage })));
// The rules editor and the feed screen are for a few staff users: their own chunks.
const ClusterEditPage = lazy(() => import('./scheduling/ClusterEditPage').then((module) => ({ default: module.ClusterEditPage })));
const RulesPage = lazy(() => import('./scheduling/RulesPage').then((module) => ({ default: module.RulesPage })));
const FeedsPage = lazy(() => import('./scheduling/FeedsPage').then((module) => ({ default: module.FeedsPage })));
const CalendarPage = lazy(() => import('./meetings/CalendarPage').then((module) => ({ default: module.CalendarPage })));

export function App() {
  return (
    <Routes>
      {/* Full screen, without the site's navigation. */}
      <Route path="meetings/:id/projector" element={<ProjectorPage />} />
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Suspense fallback={<Loading />}>
              <CalendarPage />
            </Suspense>
          }
        />
        <Route path="meetings/new" element={<NewMeetingPage />} />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="meetings/:id/edit" element={<MeetingEditPage />} />
        <Route path="meetings/:id/room" element={<ConsolePage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:code" element={<PartnerPage />} />
        <Route path="chairmanships" element={<ChairmanshipsPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route
          path="committee"
          element={
            <Suspense fallback={<Loading />}>
              <CommitteeDashboardPage />
            </Suspense>
          }
        />
        <Route path="committee/deliverables" element={<DeliverablesPage />} />
        <Route path="committee/deliverables/new" element={<DeliverableNewPage />} />
        <Route path="committee/deliverables/:id" element={<DeliverablePage />} />
        <Route path="committee/deliverables/:id/edit" element={<DeliverableEditPage />} />
        <Route path="committee/sessions" element={<SessionsPage />} />
        <Route path="committee/sessions/:number" element={<SessionPage />} />
        <Route path="committee/tasks" element={<TasksPage />} />
        <Route path="committee/tasks/:id" element={<TaskPage />} />
        <Route path="committee/notifications" element={<NotificationsPage />} />
        <Route path="documents" element={<RegistryPage />} />
        <Route path="documents/new" element={<NewDocumentPage />} />
        <Route path="documents/:id" element={<DocumentPage />} />
        <Route path="meetings/:id/outcomes" element={<OutcomesPage />} />
        <Route path="committee/bodies" element={<BodiesPage />} />
        <Route
          path="schedule"
          element={
            <Suspense fallback={<Loading />}>
              <SchedulingPage />
            </Suspense>
          }
        />
        <Route
          path="schedule/feeds"
          element={
            <Suspense fallback={<Loading />}>
              <FeedsPage />
            </Suspense>
          }
        />
        <Route path="clusters/:id/schedule" element={<ClusterSchedulePage />} />
        <Route
          path="clusters/new"
          element={
            <Suspense fallback={<Loading />}>
              <ClusterEditPage />
            </Suspense>
          }
        />
        <Route
          path="clusters/:id/edit"
          element={
            <Suspense fallback={<Loading />}>
              <ClusterEditPage />
            </Suspense>
          }
        />
        <Route
          path="clusters/:id/rules"
          element={
            <Suspense fallback={<Loading />}>
              <RulesPage />
            </Suspense>
          }
        />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-in/oidc" element={<OidcCallbackPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="admin/security" element={<SecurityPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/outbox" element={<OutboxPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="set-password" element={<SetPasswordPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="press" element={<PressHomePage />} />
        <Route path="press/apply/:eventId" element={<ApplyPage />} />
        <Route path="press/applications/:id" element={<ApplicationPage />} />
        <Route path="press/mine" element={<MyApplicationsPage />} />
        <Route path="press/review" element={<ReviewPage />} />
        <Route path="press/monitoring" element={<MonitoringPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="delegation" element={<MyDelegationPage />} />
        <Route path="delegates/review" element={<DelegatesReviewPage />} />
        <Route path="press/articles" element={<ArticlesPage />} />
        <Route path="press/articles/:id" element={<ArticleEditPage />} />
        <Route path="press/briefings" element={<BriefingsPage />} />
        <Route path="portal" element={<PortalHomePage />} />
        <Route path="portal/articles/:slug" element={<PortalArticlePage />} />
        <Route path="portal/meetings/:id" element={<PortalMeetingPage />} />
        <Route path="portal/meetings/:id/live" element={<PortalLivePage />} />
        <Route path="journal" element={<JournalPage />} />
        <Route path="journal/:date" element={<JournalPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
