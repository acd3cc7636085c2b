import { EsiaLandingPage, Loading, RequireSession, SessionProvider, SignInPage, UiProvider } from '@czn/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { employers } from './audience';
import { EmployerLayout } from './EmployerLayout';

const VacanciesPage = lazy(() => import('./vacancies/VacanciesPage'));
const VacancyPage = lazy(() => import('./vacancies/VacancyPage'));
const ActivatePage = lazy(() => import('./activation/ActivatePage'));
const SessionSettingsPage = lazy(() => import('@czn/ui/session-settings'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    path: '/signin',
    element: (
      <SignInPage
        title="Вход в кабинет работодателя"
        submitLabel="Войти"
        home="/vacancies"
        esia="employer"
        activation="/activate"
        demoAccounts={
          import.meta.env.DEV
            ? [{ login: 'employer', who: 'Соколов Андрей Викторович, ООО «Алтайские тёплые окна»' }]
            : []
        }
        demoPassword={import.meta.env.DEV ? 'demo12345' : undefined}
      />
    ),
  },
  { path: '/signin/esia', element: <EsiaLandingPage home="/vacancies" as="employer" /> },
  { path: '/activate', element: page(<ActivatePage />) },
  {
    path: '/',
    element: (
      <RequireSession>
        <EmployerLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/vacancies" replace /> },
      { path: 'vacancies', element: page(<VacanciesPage />) },
      { path: 'vacancies/:id', element: page(<VacancyPage />) },
      { path: 'settings', element: page(<SessionSettingsPage />) },
      { path: '*', element: <Navigate to="/vacancies" replace /> },
    ],
  },
]);

export function EmployerApp() {
  return (
    <UiProvider>
      <SessionProvider audience={employers}>
        <RouterProvider router={router} />
      </SessionProvider>
    </UiProvider>
  );
}
