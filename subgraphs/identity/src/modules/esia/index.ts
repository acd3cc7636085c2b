import type { Express } from 'express';
import type { Orm } from '@czn/kernel';
import { EsiaClient, ESIA_SCOPE, type EsiaSettings } from './esia-client';
import { EsiaSignIns } from './esia-sign-in.service';
import { HmacEsiaSigner } from './esia-signer';
import { esiaRoutes } from './esia.routes';

export { EsiaSignIn } from './esia-sign-in.entity';
export { EsiaSignInResolver, type StartSession } from './esia-sign-in.resolver';
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

/** The ESIA sign-in's HTTP routes on identity (reached through the gateway's /auth/esia). */
export function esiaModule(settings: EsiaSettings, production: boolean) {
  const signIns = new EsiaSignIns(new EsiaClient(settings));
  return {
    signIns,
    routes: (app: Express, orm: Orm) => esiaRoutes(app, orm, signIns, production),
  };
}
