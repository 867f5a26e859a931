import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { homeOf } from './app-routes';
import { SessionProvider, useSession } from './auth/session-context';
import { Layout, RequireRole } from './layout';
import { ApiKeysPage } from './pages/api-keys.page';
import { CitizenSpaceAreasPage } from './pages/citizen-space-areas.page';
import { ProducersPage } from './pages/producers.page';
import { BoundariesPage } from './pages/boundaries.page';
import { DraftPage } from './pages/draft.page';
import { DraftsPage } from './pages/drafts.page';
import { EditEventPage } from './pages/edit-event.page';
import { EscalationsPage } from './pages/escalations.page';
import { EventPage } from './pages/event.page';
import { EventsPage } from './pages/events.page';
import { HeldNoticesPage } from './pages/held-notices.page';
import { InterestsPage } from './pages/interests.page';
import { MemberPage } from './pages/member.page';
import { MyAlertsPage } from './pages/my-alerts.page';
import { OfficerPage } from './pages/officer.page';
import { OfficersPage } from './pages/officers.page';
import { PreferencesPage } from './pages/preferences.page';
import { RegisterEventPage } from './pages/register-event.page';
import { ReportEventsPage } from './pages/report-events.page';
import { RosterPage } from './pages/roster.page';
import { RulesPage } from './pages/rules.page';
import { SignInPage } from './pages/sign-in.page';
import { WeekMapPage } from './pages/week-map.page';

// The report's charts (recharts) load only when someone opens it.
const ReportsPage = lazy(() => import('./pages/reports.page').then((m) => ({ default: m.ReportsPage })));

function Home() {
  const { session, checking } = useSession();
  if (checking) return <p className="govuk-body">Checking your sign-in…</p>;
  return <Navigate to={session ? homeOf(session) : '/sign-in'} replace />;
}

function NotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
    </>
  );
}

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route
          path="/events"
          element={
            <RequireRole roles={['officer']}>
              <EventsPage />
            </RequireRole>
          }
        />
        <Route
          path="/events/new"
          element={
            <RequireRole roles={['officer']}>
              <RegisterEventPage />
            </RequireRole>
          }
        />
        <Route
          path="/events/:id"
          element={
            <RequireRole roles={['officer', 'member', 'monitoring_officer']}>
              <EventPage />
            </RequireRole>
          }
        />
        <Route
          path="/events/:id/edit"
          element={
            <RequireRole roles={['officer']}>
              <EditEventPage />
            </RequireRole>
          }
        />
        <Route
          path="/drafts"
          element={
            <RequireRole roles={['officer']}>
              <DraftsPage />
            </RequireRole>
          }
        />
        <Route
          path="/drafts/:id"
          element={
            <RequireRole roles={['officer']}>
              <DraftPage />
            </RequireRole>
          }
        />
        <Route
          path="/alerts"
          element={
            <RequireRole roles={['member']}>
              <MyAlertsPage />
            </RequireRole>
          }
        />
        <Route
          path="/preferences"
          element={
            <RequireRole roles={['member']}>
              <PreferencesPage />
            </RequireRole>
          }
        />
        <Route
          path="/escalations"
          element={
            <RequireRole roles={['leader', 'democratic_services', 'monitoring_officer']}>
              <EscalationsPage />
            </RequireRole>
          }
        />
        <Route
          path="/reports"
          element={
            <RequireRole roles={['democratic_services', 'monitoring_officer']}>
              <Suspense fallback={<p className="govuk-body">Loading the report…</p>}>
                <ReportsPage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route
          path="/reports/events"
          element={
            <RequireRole roles={['democratic_services', 'monitoring_officer']}>
              <ReportEventsPage />
            </RequireRole>
          }
        />
        <Route
          path="/this-week"
          element={
            <RequireRole roles={['leader', 'officer']}>
              <WeekMapPage />
            </RequireRole>
          }
        />
        <Route
          path="/roster"
          element={
            <RequireRole roles={['democratic_services']}>
              <RosterPage />
            </RequireRole>
          }
        />
        <Route
          path="/roster/new"
          element={
            <RequireRole roles={['democratic_services']}>
              <MemberPage />
            </RequireRole>
          }
        />
        <Route
          path="/roster/:id"
          element={
            <RequireRole roles={['democratic_services']}>
              <MemberPage />
            </RequireRole>
          }
        />
        <Route
          path="/roster/:id/interests"
          element={
            <RequireRole roles={['democratic_services']}>
              <InterestsPage />
            </RequireRole>
          }
        />
        <Route
          path="/officers"
          element={
            <RequireRole roles={['democratic_services']}>
              <OfficersPage />
            </RequireRole>
          }
        />
        <Route
          path="/officers/new"
          element={
            <RequireRole roles={['democratic_services']}>
              <OfficerPage />
            </RequireRole>
          }
        />
        <Route
          path="/officers/:id"
          element={
            <RequireRole roles={['democratic_services']}>
              <OfficerPage />
            </RequireRole>
          }
        />
        <Route
          path="/held-notices"
          element={
            <RequireRole roles={['democratic_services']}>
              <HeldNoticesPage />
            </RequireRole>
          }
        />
        <Route
          path="/boundaries"
          element={
            <RequireRole roles={['democratic_services']}>
              <BoundariesPage />
            </RequireRole>
          }
        />
        <Route
          path="/api-keys"
          element={
            <RequireRole roles={['democratic_services']}>
              <ApiKeysPage />
            </RequireRole>
          }
        />
        <Route
          path="/producers"
          element={
            <RequireRole roles={['democratic_services']}>
              <ProducersPage />
            </RequireRole>
          }
        />
        <Route
          path="/producers/citizen-space"
          element={
            <RequireRole roles={['democratic_services']}>
              <CitizenSpaceAreasPage />
            </RequireRole>
          }
        />
        <Route
          path="/rules"
          element={
            <RequireRole roles={['officer', 'member', 'monitoring_officer']}>
              <RulesPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter basename="/app">
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}
