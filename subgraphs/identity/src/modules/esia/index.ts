import type { Express } from 'express';
import type { Orm } from '@czn/kernel';
import type { Sessions } from '../session/sessions';
import { EsiaClient, ESIA_SCOPE, type EsiaSettings } from './esia-client';
import { EsiaSignIns } from './esia-sign-in.service';
import { HmacEsiaSigner } from './esia-signer';
import { esiaRoutes } from './esia.routes';

export { EsiaSignIn } from './esia-sign-in.entity';
export { EsiaSignInResolver } from './esia-sign-in.resolver';
export type { EsiaSignIns } from './esia-sign-in.service';
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
 * Signing in through ESIA: the HTTP routes on identity (reached through the gateway's /auth/esia) and the
 * rules behind them and the completeEsiaSignIn mutation, which starts sessions like the password sign-in.
 */
export function esiaModule(settings: EsiaSettings, production: boolean, sessions: Sessions) {
  const signIns = new EsiaSignIns(new EsiaClient(settings), sessions);
  return {
    signIns,
    routes: (app: Express, orm: Orm) => esiaRoutes(app, orm, signIns, production),
  };
}
