import { AppLayout, Loading, RequireSession, SessionProvider, SignInPage, UiProvider } from '@czn/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppealFeed } from './appeals/AppealFeed';
import { staff } from './audience';
import { JobCenterName } from './JobCenterName';
import './staff.css';

const AppealsPage = lazy(() => import('./appeals/AppealsPage'));
const AppealPage = lazy(() => import('./appeal/AppealPage'));
const OrganizationsPage = lazy(() => import('./organizations/OrganizationsPage'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const demoAccounts = import.meta.env.DEV
  ? [
      { login: 'operator.barnaul', who: 'Смирнова Ольга Петровна, ЦЗН Барнаула' },
      { login: 'operator.biysk', who: 'Кузнецов Дмитрий Алексеевич, ЦЗН Бийска' },
    ]
  : [];

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
          <AppLayout
            cabinet="Рабочее место сотрудника ЦЗН"
            nav={[
              { to: '/appeals', label: 'Обращения' },
              { to: '/organizations', label: 'Организации' },
            ]}
            affiliation={<JobCenterName />}
          />
        </AppealFeed>
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/appeals" replace /> },
      { path: 'appeals', element: page(<AppealsPage />) },
      { path: 'appeals/:id', element: page(<AppealPage />) },
      { path: 'organizations', element: page(<OrganizationsPage />) },
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
