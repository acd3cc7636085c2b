import type { Sessions } from '../session/sessions';
import { EsiaClient, ESIA_SCOPE, type EsiaSettings } from './esia-client';
import { EsiaSignIns, type EsiaAttemptLimits } from './esia-sign-in.service';
import { HmacEsiaSigner } from './esia-signer';

export { EsiaSignIn } from './esia-sign-in.entity';
export { EsiaSignInResolver } from './esia-sign-in.resolver';
export { DEFAULT_ESIA_ATTEMPTS_PER_ADDRESS, type EsiaSignIns } from './esia-sign-in.service';
export type { EsiaSettings } from './esia-client';
export type { EsiaSigner } from './esia-signer';
export { HmacEsiaSigner, ESIA_SCOPE };

/** The development ESIA: the stub of `esia-stub/` on its default port, with its shared HMAC secret. */
export const DEVELOPMENT_ESIA = {
  baseUrl: 'http://localhost:4010',
  clientId: 'CZN22',
  clientSecret: 'esia-stub-development-secret',
} as const;

export function developmentEsiaSettings(overrides: Partial<EsiaSettings> = {}): EsiaSettings {
  return {
    baseUrl: DEVELOPMENT_ESIA.baseUrl,
    clientId: DEVELOPMENT_ESIA.clientId,
    scope: ESIA_SCOPE,
    signer: new HmacEsiaSigner(DEVELOPMENT_ESIA.clientSecret),
    redirectUri: null,
    ...overrides,
  };
}

/**
 * Signing in through ESIA: the rules behind the gateway's /auth/esia routes, which reach them through the
 * `@inaccessible` mutations of EsiaSignInResolver; the sessions start like the password sign-in's.
 */
export function esiaSignIns(
  settings: EsiaSettings,
  production: boolean,
  sessions: Sessions,
  attempts: EsiaAttemptLimits,
  now?: () => Date,
): EsiaSignIns {
  return new EsiaSignIns(new EsiaClient(settings), sessions, attempts, production, now);
}
