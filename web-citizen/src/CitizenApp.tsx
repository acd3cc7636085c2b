import {
  AppLayout,
  EsiaLandingPage,
  Loading,
  RequireSession,
  SessionProvider,
  SignInPage,
  UiProvider,
} from '@czn/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { citizens } from './audience';
import './citizen.css';
import { CitizenLiveUpdates } from './appeals/CitizenLiveUpdates';
import { MyAppealsPrefetch } from './appeals/MyAppealsPrefetch';
import { PersonalCaseLiveUpdates } from './cases/PersonalCaseLiveUpdates';

const ServicesPage = lazy(() => import('./services/ServicesPage'));
const ApplicationPage = lazy(() => import('./services/ApplicationPage'));
const loadMyAppealsPage = () => import('./appeals/MyAppealsPage');
const MyAppealsPage = lazy(loadMyAppealsPage);
const AppealPage = lazy(() => import('./appeals/AppealPage'));
const MyPersonalCasesPage = lazy(() => import('./cases/MyPersonalCasesPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const CitizenSignInPage = lazy(() => import('./signin/CitizenSignInPage'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  { path: '/signin', element: page(<CitizenSignInPage />) },
  { path: '/signin/esia', element: <EsiaLandingPage home="/appeals" /> },
  {
    // Portal logins: the demo accounts in development and tests; in production citizens are refused here.
    path: '/signin/login',
    element: (
      <SignInPage
        title="Вход по логину (демо)"
        submitLabel="Войти"
        home="/appeals"
        demoAccounts={
          import.meta.env.DEV
            ? [
                { login: 'ivanov', who: 'Иванов Иван Иванович' },
                { login: 'petrova', who: 'Петрова Анна Сергеевна' },
              ]
            : []
        }
        demoPassword="demo12345"
      />
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <CitizenLiveUpdates />
        <PersonalCaseLiveUpdates />
        <MyAppealsPrefetch loadPage={loadMyAppealsPage} />
        <AppLayout
          cabinet="Личный кабинет гражданина"
          nav={[
            { to: '/services', label: 'Услуги' },
            { to: '/appeals', label: 'Мои обращения' },
            { to: '/cases', label: 'Личные дела' },
            { to: '/settings', label: 'Настройки' },
          ]}
        />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/appeals" replace /> },
      { path: 'services', element: page(<ServicesPage />) },
      { path: 'services/:service', element: page(<ApplicationPage />) },
      { path: 'appeals', element: page(<MyAppealsPage />) },
      { path: 'appeals/:id', element: page(<AppealPage />) },
      { path: 'cases', element: page(<MyPersonalCasesPage />) },
      { path: 'settings', element: page(<SettingsPage />) },
      { path: '*', element: <Navigate to="/appeals" replace /> },
    ],
  },
]);

export function CitizenApp() {
  return (
    <UiProvider>
      <SessionProvider audience={citizens}>
        <RouterProvider router={router} />
      </SessionProvider>
    </UiProvider>
  );
}
