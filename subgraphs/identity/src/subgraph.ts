import { subgraph } from '@czn/platform';
import { RateLimitCounter, type SubgraphDefinition } from '@czn/kernel';
import Redis from 'ioredis';
import { createLoaders, type IdentityLoaders } from './loaders';
import { migrations } from './migrations';
import { AccessTokens, publishedKeys } from './modules/auth/access-tokens';
import {
  DEFAULT_SIGN_IN_LIMITS,
  PostgresSignInLimiter,
  RedisSignInLimiter,
  type SignInLimits,
} from './modules/auth/sign-in-limiter';
import { SignInThrottle } from './modules/auth/sign-in-throttle.entity';
import { SignInUnlocks } from './modules/auth/sign-in-unlock';
import { SignInUnlock } from './modules/auth/sign-in-unlock.entity';
import { SignInService } from './modules/auth/sign-in.service';
import { SigningKey } from './modules/auth/signing-key.entity';
import { ActivationCode } from './modules/employer-activation/activation-code.entity';
import { EmployerActivationService } from './modules/employer-activation/employer-activation.service';
import { MailboxMessage } from './modules/mail/mailbox-message.entity';
import { mailboxRoutes } from './modules/mail/mailbox.routes';
import { createMailer } from './modules/mail/mailer';
import {
  DEFAULT_ESIA_ATTEMPTS_PER_ADDRESS,
  developmentEsiaSettings,
  EsiaSignIn,
  esiaSignIns,
  type EsiaSettings,
} from './modules/esia';
import { Organization } from './modules/organization/organization.entity';
import { OrganizationService } from './modules/organization/organization.service';
import { PartnerAgency, PartnerApiKey } from './modules/partner-agency/partner-agency.entity';
import {
  PersonalDataAccessEntry,
  PersonalDataAuditCursor,
} from './modules/personal-data-audit/personal-data-access.entity';
import { PersonReach, type RelationshipPeers } from './modules/personal-data-audit/person-reach';
import { PersonalDataAccessGrant } from './modules/personal-data-audit/personal-data-access-grant.entity';
import { followAuditStreams, identityJournal } from './modules/personal-data-audit/personal-data-log';
import { RefreshToken, Session } from './modules/session/session.entity';
import { DEFAULT_SESSION_LIFETIMES, Sessions } from './modules/session/sessions';
import { AccountService } from './modules/user/account.service';
import { CurrentPasswordCheck } from './modules/user/current-password';
import { User } from './modules/user/user.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export interface IdentitySettings {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds?: number;
  /** How long a session lasts after its sign-in at most, refreshed or not; 7 days when unset. */
  sessionMaxSeconds?: number;
  keyRotationSeconds?: number;
  /** Citizens may not use the password sign-in (ESIA only). */
  production?: boolean;
  /** The sign-in limiter's counters go to Redis when given, else to PostgreSQL. */
  redisUrl?: string | undefined;
  signInLimits?: SignInLimits;
  /** The clock of tokens, sessions and the limiter; tests move it. */
  now?: () => Date;
  /** SMTP for e-mail; without it the development mailbox keeps messages and GET /dev/mailbox shows them. */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  /** web-employer's address for activation and unlock links; http://localhost:3001 when unset. */
  employerAppUrl?: string | undefined;
  /** web-staff's address for staff's and partners' unlock links; http://localhost:3002 when unset. */
  staffAppUrl?: string | undefined;
  /** Sign-in through Gosuslugi (ESIA); the development stub on localhost:4010 when unset. */
  esia?: EsiaSettings;
  /** Sign-ins through Gosuslugi one address may start or finish in the sign-in limiter's window. */
  esiaAttemptsPerAddress?: number;
  /**
   * The subgraphs that say whether a person applied to a job centre or was referred by it; without them a
   * centre reaches only its staff and the people it asked access to.
   */
  relationshipPeers?: RelationshipPeers;
}

export function createIdentitySubgraph(settings: IdentitySettings): SubgraphDefinition<IdentityLoaders> {
  const now = settings.now ?? (() => new Date());
  const tokens = new AccessTokens({
    ttlSeconds: settings.accessTokenTtlSeconds,
    ...(settings.keyRotationSeconds ? { keyRotationSeconds: settings.keyRotationSeconds } : {}),
    now,
  });
  const sessions = new Sessions(
    tokens,
    {
      refreshTokenTtlSeconds:
        settings.refreshTokenTtlSeconds ?? DEFAULT_SESSION_LIFETIMES.refreshTokenTtlSeconds,
      maxSeconds: settings.sessionMaxSeconds ?? DEFAULT_SESSION_LIFETIMES.maxSeconds,
    },
    now,
  );
  const limits = settings.signInLimits ?? DEFAULT_SIGN_IN_LIMITS;
  const limiter = settings.redisUrl
    ? new RedisSignInLimiter(new Redis(settings.redisUrl, { lazyConnect: true }), limits, 'czn:sign-in', now)
    : new PostgresSignInLimiter(limits, now);
  const mailer = createMailer(settings.smtpUrl, settings.mailFrom);
  const employerActivation = new EmployerActivationService({
    mailer,
    employerAppUrl: settings.employerAppUrl ?? 'http://localhost:3001',
  });
  const signInUnlocks = new SignInUnlocks(
    mailer,
    {
      employerAppUrl: settings.employerAppUrl ?? 'http://localhost:3001',
      staffAppUrl: settings.staffAppUrl ?? 'http://localhost:3002',
    },
    limiter,
    limits,
    now,
  );
  const esia = esiaSignIns(
    settings.esia ?? developmentEsiaSettings(),
    settings.production ?? false,
    sessions,
    {
      limiter,
      limits,
      attemptsPerAddress: settings.esiaAttemptsPerAddress ?? DEFAULT_ESIA_ATTEMPTS_PER_ADDRESS,
    },
    now,
  );
  return {
    name: 'identity',
    entities: [
      User,
      Organization,
      SigningKey,
      Session,
      RefreshToken,
      SignInThrottle,
      SignInUnlock,
      ActivationCode,
      MailboxMessage,
      EsiaSignIn,
      PartnerAgency,
      PartnerApiKey,
      PersonalDataAccessEntry,
      PersonalDataAuditCursor,
      PersonalDataAccessGrant,
      RateLimitCounter,
    ],
    migrations,
    buildSchema: () =>
      buildSchema({
        sessions,
        signIn: new SignInService(sessions, {
          production: settings.production ?? false,
          limiter,
          limits,
          unlocks: signInUnlocks,
          now,
        }),
        signInUnlocks,
        organizations: new OrganizationService(employerActivation),
        employerActivation,
        esiaSignIn: esia,
        account: new AccountService(
          (em, message) => mailer.send(em, message),
          new CurrentPasswordCheck(limiter, limits, now),
        ),
        personReach: new PersonReach(settings.relationshipPeers ?? null),
      }),
    createLoaders,
    seed,
    // Routing verifies partners' API keys and checks the people and agencies a staff member refers.
    acceptsCallers: {
      routing: {
        fields: ['partnerApiKeyAgency', 'personReachable'],
        entities: ['User', 'PartnerAgency'],
      },
    },
    personalDataJournal: identityJournal,
    background: (runtime) => followAuditStreams(runtime, [...subgraph('identity').reads]),
    routes(app, orm) {
      app.get('/.well-known/jwks.json', async (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(await publishedKeys(orm, tokens));
      });
      if (mailer.keepsMessages) mailboxRoutes(app, orm);
    },
  };
}

export { developmentEsiaSettings, HmacEsiaSigner, type EsiaSettings, type EsiaSigner } from './modules/esia';

export const identity = createIdentitySubgraph({ accessTokenTtlSeconds: 900 });
export { FIXTURE_PASSWORD, identityFixtures, type AccountFixture } from './fixtures';
