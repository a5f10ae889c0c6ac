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
import { ClusterSchedulePage } from './scheduling/ClusterSchedulePage';

// FullCalendar is most of the bundle: load it with the calendar page only.
// echarts comes with the scheduling home only.
const SchedulingPage = lazy(() => import('./scheduling/SchedulingPage').then((module) => ({ default: module.SchedulingPage })));
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
        <Route
          path="schedule"
          element={
            <Suspense fallback={<Loading />}>
              <SchedulingPage />
            </Suspense>
          }
        />
        <Route path="clusters/:id/schedule" element={<ClusterSchedulePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
