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
import { ResumeLiveUpdates } from './resumes/ResumeLiveUpdates';
import { PersonalCaseLiveUpdates } from './cases/PersonalCaseLiveUpdates';
import { VacancyBankLayout } from './vacancies/VacancyBankLayout';

const ServicesPage = lazy(() => import('./services/ServicesPage'));
const ApplicationPage = lazy(() => import('./services/ApplicationPage'));
const loadMyAppealsPage = () => import('./appeals/MyAppealsPage');
const MyAppealsPage = lazy(loadMyAppealsPage);
const AppealPage = lazy(() => import('./appeals/AppealPage'));
const MyResumesPage = lazy(() => import('./resumes/MyResumesPage'));
const NewResumePage = lazy(() => import('./resumes/NewResumePage'));
const ResumePage = lazy(() => import('./resumes/ResumePage'));
const MyPersonalCasesPage = lazy(() => import('./cases/MyPersonalCasesPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const FavoritesPage = lazy(() => import('./favorites/FavoritesPage'));
const MatchingPage = lazy(() => import('./matching/MatchingPage'));
const CitizenSignInPage = lazy(() => import('./signin/CitizenSignInPage'));
const VacancyBankPage = lazy(() => import('./vacancies/VacancyBankPage'));
const VacancyCardPage = lazy(() => import('./vacancies/VacancyCardPage'));

const cabinetNav = [
  { to: '/services', label: 'Услуги' },
  { to: '/appeals', label: 'Мои обращения' },
  { to: '/cases', label: 'Личные дела' },
  { to: '/resumes', label: 'Мои резюме' },
  { to: '/vacancies', label: 'Банк вакансий' },
  { to: '/favorites', label: 'Избранные вакансии' },
  { to: '/matching', label: 'Подходящие вакансии' },
  { to: '/settings', label: 'Настройки' },
];

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
    // Public: anyone searches the bank; a signed-in citizen sees it inside the cabinet.
    path: '/vacancies',
    element: <VacancyBankLayout nav={cabinetNav} />,
    children: [
      { index: true, element: page(<VacancyBankPage />) },
      { path: ':id', element: page(<VacancyCardPage />) },
    ],
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <CitizenLiveUpdates />
        <ResumeLiveUpdates />
        <PersonalCaseLiveUpdates />
        <MyAppealsPrefetch loadPage={loadMyAppealsPage} />
        <AppLayout cabinet="Личный кабинет гражданина" nav={cabinetNav} />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/appeals" replace /> },
      { path: 'services', element: page(<ServicesPage />) },
      { path: 'services/:service', element: page(<ApplicationPage />) },
      { path: 'appeals', element: page(<MyAppealsPage />) },
      { path: 'appeals/:id', element: page(<AppealPage />) },
      { path: 'resumes', element: page(<MyResumesPage />) },
      { path: 'resumes/new', element: page(<NewResumePage />) },
      { path: 'resumes/:id', element: page(<ResumePage />) },
      { path: 'favorites', element: page(<FavoritesPage />) },
      { path: 'matching', element: page(<MatchingPage />) },
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
