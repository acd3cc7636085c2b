import { runSubgraphMain } from '@czn/kernel';
import { loadConfig } from './config';
import { createIdentitySubgraph } from './subgraph';

const config = loadConfig();
runSubgraphMain(
  createIdentitySubgraph({
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    employerAppUrl: config.EMPLOYER_APP_URL,
  }),
  config,
);
