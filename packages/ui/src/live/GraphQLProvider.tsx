import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { Loading } from '../feedback/states';
import { useSession } from '../session/SessionProvider';
import { createSessionClient, type SessionClient } from './client';
import { ConnectionContext } from './connection';

/**
 * The signed-in person's GraphQL client; a new session gets a new client and a new socket. The client is
 * made in an effect, not during render, so React's double-run of effects in development disposes only
 * the copy it throws away.
 */
export function GraphQLProvider({ accessToken, children }: { accessToken: string; children: ReactNode }) {
  const { expire } = useSession();
  const [client, setClient] = useState<SessionClient | null>(null);
  useEffect(() => {
    const created = createSessionClient(accessToken, expire);
    setClient(created);
    return () => created.dispose();
  }, [accessToken, expire]);

  if (!client) return <Loading />;
  return (
    <ApolloProvider client={client.apollo}>
      <ConnectionContext.Provider value={client.connection}>{children}</ConnectionContext.Provider>
    </ApolloProvider>
  );
}
