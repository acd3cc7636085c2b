import {
  AppLayout,
  Loading,
  RequireSession,
  SessionProvider,
  SignInPage,
  UiProvider,
  useSignedIn,
} from '@czn/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppealFeed } from './appeals/AppealFeed';
import { staff } from './audience';
import { JobCenterName } from './JobCenterName';
import './staff.css';

const AppealsPage = lazy(() => import('./appeals/AppealsPage'));
const AppealPage = lazy(() => import('./appeal/AppealPage'));
const OrganizationsPage = lazy(() => import('./organizations/OrganizationsPage'));
const StaffMembersPage = lazy(() => import('./staff-members/StaffMembersPage'));
const PartnerAgenciesPage = lazy(() => import('./partner-agencies/PartnerAgenciesPage'));
const PersonalDataAuditPage = lazy(() => import('./personal-data-audit/PersonalDataAuditPage'));
const SessionSettingsPage = lazy(() => import('@czn/ui/session-settings'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const demoAccounts = import.meta.env.DEV
  ? [
      { login: 'operator.barnaul', who: 'Смирнова Ольга Петровна, ЦЗН Барнаула' },
      { login: 'operator.biysk', who: 'Кузнецов Дмитрий Алексеевич, ЦЗН Бийска' },
      { login: 'admin.barnaul', who: 'Волкова Татьяна Николаевна, администратор ЦЗН Барнаула' },
    ]
  : [];

/** The desk's frame; «Сотрудники», «Ведомства-партнёры» and «Журнал ПДн» only for the job centre's administrator. */
function StaffLayout() {
  const { user } = useSignedIn();
  return (
    <AppLayout
      cabinet="Рабочее место сотрудника ЦЗН"
      nav={[
        { to: '/appeals', label: 'Обращения' },
        { to: '/organizations', label: 'Организации' },
        ...(user.roles.includes('ADMIN')
          ? [
              { to: '/staff', label: 'Сотрудники' },
              { to: '/partner-agencies', label: 'Ведомства-партнёры' },
              { to: '/personal-data-audit', label: 'Журнал ПДн' },
            ]
          : []),
        { to: '/settings', label: 'Настройки' },
      ]}
      affiliation={<JobCenterName />}
    />
  );
}

const router = createBrowserRouter([
  {
    path: '/signin',
    element: (
      <SignInPage
        title="Вход для сотрудников ЦЗН"
        submitLabel="Войти"
        home="/appeals"
        demoAccounts={demoAccounts}
        demoPassword="demo12345"
      />
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppealFeed>
          <StaffLayout />
        </AppealFeed>
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/appeals" replace /> },
      { path: 'appeals', element: page(<AppealsPage />) },
      { path: 'appeals/:id', element: page(<AppealPage />) },
      { path: 'organizations', element: page(<OrganizationsPage />) },
      { path: 'staff', element: page(<StaffMembersPage />) },
      { path: 'partner-agencies', element: page(<PartnerAgenciesPage />) },
      { path: 'personal-data-audit', element: page(<PersonalDataAuditPage />) },
      { path: 'settings', element: page(<SessionSettingsPage />) },
      { path: '*', element: <Navigate to="/appeals" replace /> },
    ],
  },
]);

export function StaffApp() {
  return (
    <UiProvider>
      <SessionProvider audience={staff}>
        <RouterProvider router={router} />
      </SessionProvider>
    </UiProvider>
  );
}
