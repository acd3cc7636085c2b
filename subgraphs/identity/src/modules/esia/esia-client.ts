import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import {
  profileOf,
  type EsiaAddress,
  type EsiaContact,
  type EsiaDocument,
  type EsiaPersonResponse,
  type EsiaProfile,
} from './esia-person';
import type { EsiaSigner } from './esia-signer';

export interface EsiaSettings {
  /** ESIA's origin: https://esia.gosuslugi.ru in production, the stub (http://localhost:4010) in development. */
  baseUrl: string;
  /** ESIA's origin as the browser reaches it, when it differs from baseUrl (the stub inside Docker Compose). */
  browserBaseUrl?: string | undefined;
  /** The portal's mnemonic registered at ESIA. */
  clientId: string;
  scope: string;
  signer: EsiaSigner;
  /**
   * Where ESIA returns the browser: the citizen app's origin + /auth/esia/callback. When null (development and
   * tests only), it is taken from the request that started the sign-in.
   */
  redirectUri: string | null;
  /** The same for the employer app (its /auth/esia/callback); null as above. */
  employerRedirectUri?: string | null | undefined;
}

export const ESIA_SCOPE = 'openid fullname birthdate snils id_doc addresses contacts';
/** What an employer's representative is asked for besides: the organisations they act for. */
export const ESIA_EMPLOYER_SCOPE_EXTRA = 'usr_org';

/** Whom the sign-in is for: the citizen app, or an employer's representative in the employer app. */
export type EsiaAudience = 'citizen' | 'employer';

/** An organisation the person may act for, from `/rs/prns/{oid}/roles`. */
export interface EsiaOrganization {
  ogrn: string | null;
  inn: string | null;
  shortName: string | null;
}

/** A random value for state and nonce: 32 bytes, base64url. */
export const randomToken = () => randomBytes(32).toString('base64url');

/** ESIA's timestamp: yyyy.MM.dd HH:mm:ss +0000. */
export function esiaTimestamp(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getUTCFullYear()}.${p(now.getUTCMonth() + 1)}.${p(now.getUTCDate())} ${p(now.getUTCHours())}:${p(now.getUTCMinutes())}:${p(now.getUTCSeconds())} +0000`;
}

export class EsiaError extends Error {}

/** The tokens of one sign-in, after the token endpoint; the id_token's claims already checked. */
export interface EsiaTokens {
  accessToken: string;
  oid: string;
}

/**
 * ESIA's OAuth 2.0 authorization-code flow with its endpoint shape: `/aas/oauth2/v2/ac` (browser),
 * `/aas/oauth2/v3/te` (server, code → tokens) and `/rs/prns/{oid}` (person data).
 */
export class EsiaClient {
  constructor(readonly settings: EsiaSettings) {}

  private url(path: string) {
    return new URL(path, this.settings.baseUrl.replace(/\/?$/, '/'));
  }

  scopeFor(audience: string): string {
    return audience === 'employer'
      ? `${this.settings.scope} ${ESIA_EMPLOYER_SCOPE_EXTRA}`
      : this.settings.scope;
  }

  async authorizationUrl({
    state,
    nonce,
    redirectUri,
    audience = 'citizen',
  }: {
    state: string;
    nonce: string;
    redirectUri: string;
    audience?: string;
  }) {
    const { clientId, signer } = this.settings;
    const scope = this.scopeFor(audience);
    const timestamp = esiaTimestamp();
    const url = new URL(
      'aas/oauth2/v2/ac',
      (this.settings.browserBaseUrl ?? this.settings.baseUrl).replace(/\/?$/, '/'),
    );
    const params: Record<string, string> = {
      client_id: clientId,
      client_secret: await signer.sign(clientId + scope + timestamp + state + redirectUri),
      redirect_uri: redirectUri,
      scope,
      response_type: 'code',
      state,
      nonce,
      timestamp,
      access_type: 'online',
    };
    if (signer.certificateHash) params['client_certificate_hash'] = signer.certificateHash;
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.toString();
  }

  /** Exchanges the code; checks the id_token's audience, expiry and nonce. */
  async exchange(
    code: string,
    redirectUri: string,
    nonce: string,
    audience = 'citizen',
  ): Promise<EsiaTokens> {
    const { clientId, signer } = this.settings;
    const scope = this.scopeFor(audience);
    const timestamp = esiaTimestamp();
    const state = randomToken();
    const body = new URLSearchParams({
      client_id: clientId,
      code,
      grant_type: 'authorization_code',
      client_secret: await signer.sign(clientId + scope + timestamp + state + redirectUri + code),
      state,
      redirect_uri: redirectUri,
      scope,
      timestamp,
      token_type: 'Bearer',
    });
    if (signer.certificateHash) body.set('client_certificate_hash', signer.certificateHash);
    const response = await fetch(this.url('aas/oauth2/v3/te'), {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof answer['access_token'] !== 'string' || typeof answer['id_token'] !== 'string')
      throw new EsiaError(`ЕСИА не выдала токен: ${String(answer['error'] ?? response.status)}`);
    // The id_token comes straight from ESIA over TLS (OpenID Connect Core 3.1.3.7 allows trusting that
    // channel instead of the signature); its claims still have to be ours.
    const claims = decodeJwt(answer['id_token']);
    const tokenAudience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!tokenAudience.includes(clientId)) throw new EsiaError('id_token выдан другой системе');
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now())
      throw new EsiaError('id_token просрочен');
    if (claims['nonce'] !== nonce) throw new EsiaNonceError('nonce в id_token не совпадает с запросом');
    const oid = claims['urn:esia:sbj_id'];
    if (typeof oid !== 'number' && typeof oid !== 'string')
      throw new EsiaError('В id_token нет urn:esia:sbj_id');
    return { accessToken: answer['access_token'], oid: String(oid) };
  }

  private async get<T>({ accessToken, oid }: EsiaTokens, path: string): Promise<T> {
    const url = this.url(`rs/prns/${encodeURIComponent(oid)}${path}`);
    if (path) url.searchParams.set('embed', '(elements)');
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok)
      throw new EsiaError(`ЕСИА не выдала данные ${path || 'о человеке'}: ${response.status}`);
    return (await response.json()) as T;
  }

  /** The person's data: `/rs/prns/{oid}` with documents, addresses and contacts. */
  async person(tokens: EsiaTokens): Promise<EsiaProfile> {
    const [person, docs, addrs, ctts] = await Promise.all([
      this.get<EsiaPersonResponse>(tokens, ''),
      this.get<{ elements?: EsiaDocument[] }>(tokens, '/docs'),
      this.get<{ elements?: EsiaAddress[] }>(tokens, '/addrs'),
      this.get<{ elements?: EsiaContact[] }>(tokens, '/ctts'),
    ]);
    return profileOf(tokens.oid, person, docs, addrs, ctts);
  }

  /** The organisations the person may act for (`/rs/prns/{oid}/roles`). */
  async organizations(tokens: EsiaTokens): Promise<EsiaOrganization[]> {
    const roles = await this.get<{ elements?: Array<Record<string, unknown>> }>(tokens, '/roles');
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return (roles.elements ?? []).map((role) => ({
      ogrn: text(role['ogrn']),
      inn: text(role['inn']),
      shortName: text(role['shortName']),
    }));
  }
}

export class EsiaNonceError extends EsiaError {}
