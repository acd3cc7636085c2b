import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { createIdentitySubgraph } from './subgraph';

const config = loadConfig();
runSubgraphMain(
  createIdentitySubgraph({
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    keyRotationSeconds: config.SIGNING_KEY_ROTATION_SECONDS,
    production: config.NODE_ENV === 'production',
    redisUrl: config.REDIS_URL,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    employerAppUrl: config.EMPLOYER_APP_URL,
    signInLimits: {
      maxFailuresPerAccount: config.SIGN_IN_MAX_FAILURES,
      maxFailuresPerAddress: config.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: config.SIGN_IN_WINDOW_SECONDS,
      lockSeconds: config.SIGN_IN_LOCK_SECONDS,
    },
  }),
  config,
);
