import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useSession } from '../session/SessionProvider';
import { createSessionClient } from './client';
import { ConnectionContext } from './connection';

/** The signed-in person's GraphQL client; a new session gets a new client and a new socket. */
export function GraphQLProvider({ accessToken, children }: { accessToken: string; children: ReactNode }) {
  const { expire } = useSession();
  const client = useMemo(() => createSessionClient(accessToken, expire), [accessToken, expire]);
  useEffect(() => () => client.dispose(), [client]);
  return (
    <ApolloProvider client={client.apollo}>
      <ConnectionContext.Provider value={client.connection}>{children}</ConnectionContext.Provider>
    </ApolloProvider>
  );
}
