import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { createIdentitySubgraph, HmacEsiaSigner } from './subgraph';

const config = loadConfig();
runSubgraphMain(
  createIdentitySubgraph({
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: config.SESSION_MAX_SECONDS,
    keyRotationSeconds: config.SIGNING_KEY_ROTATION_SECONDS,
    production: config.NODE_ENV === 'production',
    redisUrl: config.REDIS_URL,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    employerAppUrl: config.EMPLOYER_APP_URL,
    staffAppUrl: config.STAFF_APP_URL,
    esia: {
      baseUrl: config.ESIA_BASE_URL,
      browserBaseUrl: config.ESIA_BROWSER_URL,
      clientId: config.ESIA_CLIENT_ID,
      scope: config.ESIA_SCOPE,
      // Production ESIA: replace with a GOST R 34.10-2012 signer (see EsiaSigner and README).
      signer: new HmacEsiaSigner(config.ESIA_CLIENT_SECRET),
      redirectUri: config.ESIA_REDIRECT_URI ?? null,
      employerRedirectUri: config.ESIA_EMPLOYER_REDIRECT_URI ?? null,
    },
    relationshipPeers: {
      citizen: { url: config.CITIZEN_SUBGRAPH_URL, internalTokenSecret: config.INTERNAL_TOKEN_SECRET },
      routing: { url: config.ROUTING_SUBGRAPH_URL, internalTokenSecret: config.INTERNAL_TOKEN_SECRET },
    },
    signInLimits: {
      maxFailuresPerAccount: config.SIGN_IN_MAX_FAILURES,
      maxFailuresPerAddress: config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: config.SIGN_IN_WINDOW_SECONDS,
      lockSeconds: config.SIGN_IN_LOCK_SECONDS,
    },
  }),
  config,
);
