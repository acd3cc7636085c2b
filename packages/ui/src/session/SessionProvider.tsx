import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeFailure } from '../feedback/failure';
import { COMPLETE_ESIA_SIGN_IN, SIGN_IN } from './operations';
import { loadSession, saveSession, SESSION_EXPIRED_NOTICE, type AppAudience, type Session } from './session';

export interface SessionState {
  session: Session | null;
  /** Why the person was signed out, shown on the sign-in page; null after a sign-out of their own. */
  notice: string | null;
  /** Signs in with a portal login; rejects with a message in Russian. */
  signIn(login: string, password: string): Promise<Session>;
  /** Finishes signing in through Gosuslugi with the one-time code of /signin/esia; rejects with a message in Russian. */
  completeEsiaSignIn(code: string): Promise<Session>;
  signOut(notice?: string): void;
  /** The access token expired or was refused: back to the sign-in page, with a message. */
  expire(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in person; only under a route that requires signing in. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn outside a signed-in route');
  return session;
}

/** Sign-in goes over plain HTTP: no socket is opened until someone is signed in. */
const signInClient = () =>
  new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });

export function SessionProvider({ audience, children }: { audience: AppAudience; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession(audience));
  const [notice, setNotice] = useState<string | null>(null);
  const client = useMemo(signInClient, []);

  const signOut = useCallback(
    (why?: string) => {
      saveSession(audience, null);
      setSession(null);
      setNotice(why ?? null);
    },
    [audience],
  );
  const expire = useCallback(() => signOut(SESSION_EXPIRED_NOTICE), [signOut]);

  const accept = useCallback(
    async (ask: () => Promise<Session>) => {
      let result: Session;
      try {
        result = await ask();
      } catch (error) {
        throw new Error(describeFailure(error).message, { cause: error });
      }
      if (!audience.admits(result.user.roles)) {
        throw new Error(`Эта учётная запись не подходит для ${audience.cabinetGenitive}.`);
      }
      saveSession(audience, result);
      setNotice(null);
      setSession(result);
      return result;
    },
    [audience],
  );

  const signIn = useCallback(
    (login: string, password: string) =>
      accept(async () => {
        const { data } = await client.mutate({ mutation: SIGN_IN, variables: { login, password } });
        return data!.signIn;
      }),
    [accept, client],
  );

  const completeEsiaSignIn = useCallback(
    (code: string) =>
      accept(async () => {
        const { data } = await client.mutate({ mutation: COMPLETE_ESIA_SIGN_IN, variables: { code } });
        return data!.completeEsiaSignIn;
      }),
    [accept, client],
  );

  useEffect(() => {
    if (!session) return;
    const timer = window.setTimeout(expire, Math.max(0, Date.parse(session.expiresAt) - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, expire]);

  const value = useMemo(
    () => ({ session, notice, signIn, completeEsiaSignIn, signOut, expire }),
    [session, notice, signIn, completeEsiaSignIn, signOut, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
