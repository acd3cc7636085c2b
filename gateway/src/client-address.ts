import { CLIENT_ADDRESS_HEADER, CLIENT_PEER_ADDRESS_HEADER, CLIENT_USER_AGENT_HEADER } from '@czn/kernel';
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

/** The headers through which a subgraph learns the client. */
export function clientHeaders(client: Client): Record<string, string> {
  const headers: Record<string, string> = {};
  if (client.address) headers[CLIENT_ADDRESS_HEADER] = client.address;
  if (client.peerAddress) headers[CLIENT_PEER_ADDRESS_HEADER] = client.peerAddress;
  if (client.userAgent) headers[CLIENT_USER_AGENT_HEADER] = client.userAgent;
  return headers;
}
