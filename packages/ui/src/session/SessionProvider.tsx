import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { describeFailure } from '../feedback/failure';
import { exchangeEsiaCode } from './esia';
import { SIGN_IN, UNLOCK_SIGN_IN } from './operations';
import { endSessionOnServer, renewalDelay, requestNewToken } from './refresh';
import { loadSession, saveSession, SESSION_EXPIRED_NOTICE, type AppAudience, type Session } from './session';

export interface SessionState {
  session: Session | null;
  /** Why the person was signed out, shown on the sign-in page; null after a sign-out of their own. */
  notice: string | null;
  /** Signs in with a portal login; rejects with a message in Russian. */
  signIn(login: string, password: string): Promise<Session>;
  /**
   * Finishes signing in through Gosuslugi with the one-time code of /signin/esia, in the browser that started it;
   * rejects with a message in Russian.
   */
  completeEsiaSignIn(code: string): Promise<Session>;
  /** Lifts a sign-in lock with the token of the e-mailed link; resolves or rejects with a message in Russian. */
  unlockSignIn(token: string): Promise<string>;
  /** Signs out here and ends the session on the server (its refresh token stops working). */
  signOut(notice?: string): void;
  /** The session cannot go on: back to the sign-in page, with a message. */
  expire(): void;
  /**
   * The access token is about to expire or was refused: gets a new one with the refresh cookie, keeping
   * the page as it is. Resolves false (after expiring the session) when the session cannot be renewed.
   */
  renew(): Promise<boolean>;
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

  const leave = useCallback(
    (why: string | null) => {
      saveSession(audience, null);
      setSession(null);
      setNotice(why);
    },
    [audience],
  );
  const signOut = useCallback(
    (why?: string) => {
      endSessionOnServer();
      leave(why ?? null);
    },
    [leave],
  );
  const expire = useCallback(() => leave(SESSION_EXPIRED_NOTICE), [leave]);

  // One renewal at a time: a refused request, the socket and the timer may all ask at once.
  const current = useRef(session);
  current.current = session;
  const renewing = useRef<Promise<boolean> | null>(null);
  const renew = useCallback((): Promise<boolean> => {
    const renewed = current.current;
    if (!renewed) return Promise.resolve(false);
    renewing.current ??= (async () => {
      const answer = await requestNewToken(renewed.user.id);
      const still = current.current?.user.id === renewed.user.id;
      if (typeof answer === 'object' && still) {
        const next = { ...renewed, ...answer };
        saveSession(audience, next);
        current.current = next;
        setSession(next);
        return true;
      }
      // Unreachable with time left: the timer tries again; otherwise the session is over.
      if (answer === 'unreachable' && Date.parse(renewed.expiresAt) > Date.now() + 5_000) return false;
      if (still) expire();
      return false;
    })().finally(() => {
      renewing.current = null;
    });
    return renewing.current;
  }, [audience, expire]);

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

  const completeEsiaSignIn = useCallback((code: string) => accept(() => exchangeEsiaCode(code)), [accept]);

  const unlockSignIn = useCallback(
    async (token: string) => {
      try {
        const { data } = await client.mutate({ mutation: UNLOCK_SIGN_IN, variables: { token } });
        return data!.unlockSignIn;
      } catch (error) {
        throw new Error(describeFailure(error).message, { cause: error });
      }
    },
    [client],
  );

  // Renew shortly before the token expires; if that fails for want of the network, try again, and at
  // the latest when the token expires.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!session) return;
    const remaining = Date.parse(session.expiresAt) - Date.now();
    const delay = attempt === 0 ? renewalDelay(session.expiresAt) : Math.min(10_000, Math.max(0, remaining));
    const timer = window.setTimeout(() => {
      void renew().then((ok) => {
        if (!ok) setAttempt((n) => n + 1);
      });
    }, delay);
    return () => window.clearTimeout(timer);
  }, [session, renew, attempt]);
  useEffect(() => setAttempt(0), [session?.accessToken]);

  const value = useMemo(
    () => ({ session, notice, signIn, completeEsiaSignIn, unlockSignIn, signOut, expire, renew }),
    [session, notice, signIn, completeEsiaSignIn, unlockSignIn, signOut, expire, renew],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
