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
import { isPartner, staff } from './audience';
import { keepsCases } from './cases/case-roles';
import { JobCenterName } from './JobCenterName';
import { PartnerAgencyName } from './PartnerAgencyName';
import './staff.css';

const AppealsPage = lazy(() => import('./appeals/AppealsPage'));
const AppealPage = lazy(() => import('./appeal/AppealPage'));
const ResumeQueuePage = lazy(() => import('./resumes/ResumeQueuePage'));
const ResumeReviewPage = lazy(() => import('./resumes/ResumeReviewPage'));
const PersonalCasesPage = lazy(() => import('./cases/PersonalCasesPage'));
const PersonalCasePage = lazy(() => import('./cases/PersonalCasePage'));
const OrganizationsPage = lazy(() => import('./organizations/OrganizationsPage'));
const StaffMembersPage = lazy(() => import('./staff-members/StaffMembersPage'));
const PartnerAgenciesPage = lazy(() => import('./partner-agencies/PartnerAgenciesPage'));
const PersonalDataAuditPage = lazy(() => import('./personal-data-audit/PersonalDataAuditPage'));
const PartnerReferralsPage = lazy(() => import('./partner-referrals/PartnerReferralsPage'));
const PartnerReferralPage = lazy(() => import('./partner-referrals/PartnerReferralPage'));
const SessionSettingsPage = lazy(() => import('@czn/ui/session-settings'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const demoAccounts = import.meta.env.DEV
  ? [
      { login: 'operator.barnaul', who: 'Смирнова Ольга Петровна, ЦЗН Барнаула' },
      { login: 'operator.biysk', who: 'Кузнецов Дмитрий Алексеевич, ЦЗН Бийска' },
      { login: 'admin.barnaul', who: 'Волкова Татьяна Николаевна, администратор ЦЗН Барнаула' },
      { login: 'osp.barnaul', who: 'Орлова Марина Викторовна, ОСП Центрального района г. Барнаула' },
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
        { to: '/resumes', label: 'Резюме' },
        ...(keepsCases(user.roles) ? [{ to: '/cases', label: 'Личные дела' }] : []),
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

/** An employee of a partner agency works only with the agency's referrals. */
function PartnerLayout() {
  return (
    <AppLayout
      cabinet="Кабинет ведомства-партнёра"
      nav={[
        { to: '/referrals', label: 'Направления' },
        { to: '/settings', label: 'Настройки' },
      ]}
      affiliation={<PartnerAgencyName />}
    />
  );
}

/** Staff get the desk with its live appeal feed; a partner agency's employee, their referrals. */
function CabinetFrame() {
  const { user } = useSignedIn();
  if (isPartner(user.roles)) return <PartnerLayout />;
  return (
    <AppealFeed>
      <StaffLayout />
    </AppealFeed>
  );
}

/** Where the signed-in person starts: any page not theirs leads there. */
function Home() {
  const partner = isPartner(useSignedIn().user.roles);
  return <Navigate to={partner ? '/referrals' : '/appeals'} replace />;
}

/** A page of the desk, or of a partner agency's employee: the others are sent home instead. */
function PageFor({ partner, children }: { partner: boolean; children: ReactNode }) {
  return isPartner(useSignedIn().user.roles) === partner ? page(children) : <Home />;
}

const staffPage = (element: ReactNode) => <PageFor partner={false}>{element}</PageFor>;
const partnerPage = (element: ReactNode) => <PageFor partner>{element}</PageFor>;

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
        <CabinetFrame />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'appeals', element: staffPage(<AppealsPage />) },
      { path: 'appeals/:id', element: staffPage(<AppealPage />) },
      { path: 'resumes', element: staffPage(<ResumeQueuePage />) },
      { path: 'resumes/:id', element: staffPage(<ResumeReviewPage />) },
      { path: 'cases', element: staffPage(<PersonalCasesPage />) },
      { path: 'cases/:id', element: staffPage(<PersonalCasePage />) },
      { path: 'organizations', element: staffPage(<OrganizationsPage />) },
      { path: 'staff', element: staffPage(<StaffMembersPage />) },
      { path: 'partner-agencies', element: staffPage(<PartnerAgenciesPage />) },
      { path: 'personal-data-audit', element: staffPage(<PersonalDataAuditPage />) },
      { path: 'referrals', element: partnerPage(<PartnerReferralsPage />) },
      { path: 'referrals/:id', element: partnerPage(<PartnerReferralPage />) },
      { path: 'settings', element: page(<SessionSettingsPage />) },
      { path: '*', element: <Home /> },
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
