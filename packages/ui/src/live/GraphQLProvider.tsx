import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Loading } from '../feedback/states';
import { useSession } from '../session/SessionProvider';
import { createSessionClient, type SessionClient } from './client';
import { ConnectionContext } from './connection';

/**
 * The signed-in person's GraphQL client; a new person gets a new client and a new socket. A renewed token
 * keeps the client (and the page): requests read the token when they are sent, and the socket reconnects
 * with it. The client is made in an effect, not during render, so React's double-run of effects in
 * development disposes only the copy it throws away.
 */
export function GraphQLProvider({
  accessToken,
  userId,
  children,
}: {
  accessToken: string;
  userId: string;
  children: ReactNode;
}) {
  const { renew } = useSession();
  const [client, setClient] = useState<SessionClient | null>(null);
  const token = useRef(accessToken);
  useEffect(() => {
    const created = createSessionClient(() => token.current, renew);
    setClient(created);
    return () => created.dispose();
  }, [userId, renew]);
  useEffect(() => {
    if (token.current === accessToken) return;
    token.current = accessToken;
    client?.reconnect();
  }, [accessToken, client]);

  if (!client) return <Loading />;
  return (
    <ApolloProvider client={client.apollo}>
      <ConnectionContext.Provider value={client.connection}>{children}</ConnectionContext.Provider>
    </ApolloProvider>
  );
}
