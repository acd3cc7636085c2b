import { lazy, Suspense } from 'react';
import { Loading } from '../feedback/states';

export interface DemoAccount {
  login: string;
  who: string;
}

export interface SignInPageProps {
  title: string;
  submitLabel: string;
  /** Where to go after signing in when the person did not come from a protected page. */
  home: string;
  /** Accounts of the demonstration data, listed to help a newcomer; empty where they do not exist. */
  demoAccounts?: DemoAccount[];
  demoPassword?: string;
  /** Offers «Войти через Госуслуги» besides the form: for employers' representatives. */
  esia?: 'employer';
  /** The page where a representative who received an activation code by e-mail activates the cabinet. */
  activation?: string;
}

// Signed-in visits never need the sign-in form, so it is fetched only when shown.
const SignInScreen = lazy(() => import('./SignInScreen'));

export function SignInPage(props: SignInPageProps) {
  return (
    <Suspense fallback={<Loading />}>
      <SignInScreen {...props} />
    </Suspense>
  );
}
