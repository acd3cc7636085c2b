import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { GraphQLProvider } from '../live/GraphQLProvider';
import { useSession } from './SessionProvider';

/** Pages behind it need a signed-in person; others are sent to sign in and brought back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/signin" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return (
    <GraphQLProvider accessToken={session.accessToken} userId={session.user.id}>
      {children}
    </GraphQLProvider>
  );
}
