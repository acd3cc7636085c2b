import { CLIENT_ADDRESS_HEADER, CLIENT_PEER_ADDRESS_HEADER, CLIENT_USER_AGENT_HEADER } from '@czn/kernel';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';

/** Who is asking, as the gateway tells the subgraphs. */
export interface Client {
  /** The person's address: X-Forwarded-For's only when the connection came from a trusted proxy (TRUST_PROXY). */
  address: string | null;
  /** The address the connection came from: the person's, or the proxy's. */
  peerAddress: string | null;
  userAgent: string | null;
}

/** `::ffff:10.0.0.5` (IPv4 on a dual-stack socket) as `10.0.0.5`. */
const plain = (address: string | undefined): string | null =>
  address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '') : null;

export const clientOf = (req: Request): Client => ({
  address: plain(req.ip),
  peerAddress: plain(req.socket.remoteAddress),
  userAgent: req.header('user-agent') ?? null,
});

/** Whether the address at `hop` (0: the connection's) is a proxy TRUST_PROXY names, as express compiles it. */
export type TrustedProxy = (address: string, hop: number) => boolean;

/**
 * The client of a websocket's upgrade request, by express's rule for `req.ip`: walking X-Forwarded-For from the
 * connection back, the first address that is not a trusted proxy's.
 */
export function clientOfUpgrade(request: IncomingMessage, trusted: TrustedProxy): Client {
  const peerAddress = plain(request.socket.remoteAddress);
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peerAddress ?? '', ...forwarded];
  const hop = chain.findIndex((address, i) => i === chain.length - 1 || !trusted(address, i));
  return {
    address: plain(chain[hop]) || null,
    peerAddress,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

/** The headers through which a subgraph learns the client. */
export function clientHeaders(client: Client): Record<string, string> {
  const headers: Record<string, string> = {};
  if (client.address) headers[CLIENT_ADDRESS_HEADER] = client.address;
  if (client.peerAddress) headers[CLIENT_PEER_ADDRESS_HEADER] = client.peerAddress;
  if (client.userAgent) headers[CLIENT_USER_AGENT_HEADER] = client.userAgent;
  return headers;
}
