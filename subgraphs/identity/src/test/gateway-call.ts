import { CLIENT_ADDRESS_HEADER, GATEWAY, internalClient, viewerFromClaims, type Viewer } from '@czn/kernel';
import { TEST_INTERNAL_SECRET, type GraphqlResponse } from '@czn/testing';
import { decodeJwt } from 'jose';
import { REFRESH_TOKEN_HEADER } from '../modules/session/sessions';

export interface GatewayCallResult extends GraphqlResponse<Record<string, any>> {
  /** The refresh token identity handed to the gateway, if any. */
  refreshToken: string | null;
}

const gateway = internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET });

/** Calls the subgraph as the gateway does, from a client address, and returns the refresh token header too. */
export async function gatewayCall(
  url: string,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown> = {},
  clientAddress = '203.0.113.7',
): Promise<GatewayCallResult> {
  const { headers, ...answer } = await gateway.graphql({ name: 'identity', url }, query, variables, {
    viewer,
    headers: { [CLIENT_ADDRESS_HEADER]: clientAddress },
  });
  return { ...answer, refreshToken: headers.get(REFRESH_TOKEN_HEADER) };
}

/** The viewer an access token describes, as the gateway would pass it on. */
export const viewerOf = (accessToken: string): Viewer => viewerFromClaims(decodeJwt(accessToken));

export const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken expiresAt user { id } }
}`;
