export * from './dates';
export * from './gql/labels';
export * from './plural';
export * from './salary';
export { UiProvider } from './UiProvider';
export { AppLayout, type AppLayoutProps, type NavItem } from './layout/AppLayout';
export { usePageTitle } from './layout/usePageTitle';
export { ResponsiveList, type ListColumn, type ResponsiveListProps } from './layout/ResponsiveList';
export { SessionProvider, useSession, useSignedIn } from './session/SessionProvider';
export { SESSION_EXPIRED_NOTICE, type AppAudience, type Session } from './session/session';
export { RequireSession } from './session/RequireSession';
export { describeDevice, SessionsBlock, SIGNED_OUT_EVERYWHERE_NOTICE } from './session/SessionsBlock';
export { SignInPage, type DemoAccount, type SignInPageProps } from './session/SignInPage';
export { EsiaLandingPage } from './session/EsiaLandingPage';
export { startEsiaSignIn, type EsiaAudience } from './session/esia';
export { ConnectionBanner } from './live/ConnectionBanner';
export { useLiveEvents, type LiveEventsOptions } from './live/useLiveEvents';
export { EmptyState, ErrorState, Loading } from './feedback/states';
export { describeFailure, isFinal, type Failure, type FieldProblem } from './feedback/failure';
export {
  missingParts,
  PartialDataNotice,
  SUBGRAPH_UNAVAILABLE,
  Unavailable,
  UNAVAILABLE_TEXT,
} from './feedback/partial';
export { useToast } from './feedback/toast';
export { ApplicationAnswers, type ApplicationAnswerGroup } from './appeal/ApplicationAnswers';
export { StatusBadge } from './appeal/StatusBadge';
export { ResumeStatusTag } from './resume/ResumeStatusTag';
