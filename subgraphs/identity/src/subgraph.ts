import type { SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type IdentityLoaders } from './loaders';
import { migrations } from './migrations';
import { AccessTokens, publishedKeys } from './modules/auth/access-tokens';
import { SigningKey } from './modules/auth/signing-key.entity';
import { ActivationCode } from './modules/employer-activation/activation-code.entity';
import { EmployerActivationService } from './modules/employer-activation/employer-activation.service';
import { MailboxMessage } from './modules/mail/mailbox-message.entity';
import { mailboxRoutes } from './modules/mail/mailbox.routes';
import { createMailer } from './modules/mail/mailer';
import { Organization } from './modules/organization/organization.entity';
import { User } from './modules/user/user.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export interface IdentitySettings {
  accessTokenTtlSeconds: number;
  /** SMTP for e-mail; without it the development mailbox keeps messages and GET /dev/mailbox shows them. */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  /** web-employer's address for activation links; http://localhost:3001 when unset. */
  employerAppUrl?: string | undefined;
}

export function createIdentitySubgraph(settings: IdentitySettings): SubgraphDefinition<IdentityLoaders> {
  const tokens = new AccessTokens(settings.accessTokenTtlSeconds);
  const mailer = createMailer(settings.smtpUrl, settings.mailFrom);
  const employerActivation = new EmployerActivationService({
    mailer,
    employerAppUrl: settings.employerAppUrl ?? 'http://localhost:3001',
  });
  return {
    name: 'identity',
    entities: [User, Organization, SigningKey, ActivationCode, MailboxMessage],
    migrations,
    buildSchema: () => buildSchema(tokens, { employerActivation }),
    createLoaders,
    seed,
    routes(app, orm) {
      app.get('/.well-known/jwks.json', async (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(await publishedKeys(orm));
      });
      if (mailer.keepsMessages) mailboxRoutes(app, orm);
    },
  };
}

export const identity = createIdentitySubgraph({ accessTokenTtlSeconds: 900 });
