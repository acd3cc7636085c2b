import { createHmac } from 'node:crypto';

/**
 * Signs ESIA requests: `client_secret` is a detached signature of the concatenated request fields
 * (`client_id + scope + timestamp + state + redirect_uri`, and `+ code` at the token endpoint), base64url.
 *
 * Production ESIA needs a GOST R 34.10-2012 (256) signature with the portal's certificate, registered
 * at ESIA, made by a certified crypto provider (CryptoPro CSP, or a signing service in front of it). To plug it
 * in, implement this interface — e.g. call the signing service over HTTP, or `cryptcp -signf -detached` — and
 * return the signature and the certificate's hash (`client_certificate_hash`); then pass it to
 * `createIdentitySubgraph({ esia: { signer } })`. See README, «Вход через Госуслуги».
 */
export interface EsiaSigner {
  sign(signed: string): Promise<string>;
  /** `client_certificate_hash` for ESIA's v2/v3 endpoints; null when the signer has no certificate. */
  readonly certificateHash: string | null;
}

/** The development stand-in: HMAC-SHA256 under a secret shared with the ESIA stub. Never for real ESIA. */
export class HmacEsiaSigner implements EsiaSigner {
  readonly certificateHash = null;

  constructor(private readonly secret: string) {}

  async sign(signed: string): Promise<string> {
    return createHmac('sha256', this.secret).update(signed, 'utf8').digest('base64url');
  }
}
