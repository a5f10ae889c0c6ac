import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { SignInPage } from './auth/SignInPage';
import { Layout, NotFoundPage } from './layout/Layout';
import { Loading } from './layout/QueryState';
import { MeetingEditPage } from './meetings/MeetingEditPage';
import { MeetingPage } from './meetings/MeetingPage';
import { PartnerPage } from './partners/PartnerPage';
import { PartnersPage } from './partners/PartnersPage';
import { PeoplePage } from './people/PeoplePage';
import { PersonPage } from './people/PersonPage';
import { SearchPage } from './search/SearchPage';
import { ApplicationPage } from './press/ApplicationPage';
import { ArticlesPage } from './press/ArticlesPage';
import { ApplyPage } from './press/ApplyPage';
import { MonitoringPage } from './press/MonitoringPage';
import { PortalArticlePage } from './press/PortalArticlePage';
import { PortalHomePage } from './press/PortalHomePage';
import { PressHomePage } from './press/PressHomePage';
import { ReviewPage } from './press/ReviewPage';
import { VerifyPage } from './press/VerifyPage';

// FullCalendar is most of the bundle: load it with the calendar page only.
const CalendarPage = lazy(() => import('./meetings/CalendarPage').then((module) => ({ default: module.CalendarPage })));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Suspense fallback={<Loading />}>
              <CalendarPage />
            </Suspense>
          }
        />
        <Route path="meetings/:id" element={<MeetingPage />} />
        <Route path="meetings/:id/edit" element={<MeetingEditPage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:code" element={<PartnerPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="press" element={<PressHomePage />} />
        <Route path="press/apply/:eventId" element={<ApplyPage />} />
        <Route path="press/applications/:id" element={<ApplicationPage />} />
        <Route path="press/review" element={<ReviewPage />} />
        <Route path="press/monitoring" element={<MonitoringPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="press/articles" element={<ArticlesPage />} />
        <Route path="portal" element={<PortalHomePage />} />
        <Route path="portal/articles/:slug" element={<PortalArticlePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
