import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from './loaders';
import { SignInResolver, type SignInSettings } from './modules/auth/sign-in.resolver';
import {
  EmployerActivationResolver,
  OrganizationRepresentativesResolver,
  UserActivationResolver,
} from './modules/employer-activation/employer-activation.resolver';
import type { EmployerActivationService } from './modules/employer-activation/employer-activation.service';
import { EsiaSignInResolver } from './modules/esia';
import { resolveOrganizationReference } from './modules/organization/organization.reference';
import { resolvePartnerAgencyReference } from './modules/partner-agency/partner-agency.reference';
import { PartnerAgencyResolver } from './modules/partner-agency/partner-agency.resolver';
import { PersonalDataAuditResolver } from './modules/personal-data-audit/personal-data-audit.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { StaffMemberResolver } from './modules/staff-member/staff-member.resolver';
import type { Sessions } from './modules/session/sessions';
import { AccountResolver, type SendMail } from './modules/user/account.resolver';
import { resolveUserReference } from './modules/user/user.reference';
import { UserResolver } from './modules/user/user.resolver';

export interface IdentityServices {
  sessions: Sessions;
  signIn: SignInSettings;
  employerActivation: EmployerActivationService;
  esiaSignIn: EsiaSignInResolver;
  sendMail: SendMail;
}

export const buildSchema = ({
  sessions,
  signIn,
  employerActivation,
  esiaSignIn,
  sendMail,
}: IdentityServices) =>
  buildFederatedSchema<SubgraphContext<IdentityLoaders>>({
    resolvers: [
      UserResolver,
      SignInResolver,
      SessionResolver,
      EmployerActivationResolver,
      OrganizationRepresentativesResolver,
      UserActivationResolver,
      EsiaSignInResolver,
      AccountResolver,
      StaffMemberResolver,
      PartnerAgencyResolver,
      PersonalDataAuditResolver,
    ],
    references: {
      User: resolveUserReference,
      Organization: resolveOrganizationReference,
      PartnerAgency: resolvePartnerAgencyReference,
    },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === EsiaSignInResolver
          ? esiaSignIn
          : resolverClass === AccountResolver
            ? new AccountResolver(sendMail)
            : resolverClass === SignInResolver
              ? new SignInResolver(sessions, signIn)
              : resolverClass === SessionResolver
                ? new SessionResolver(sessions)
                : resolverClass === EmployerActivationResolver
                  ? new EmployerActivationResolver(employerActivation)
                  : new resolverClass(),
    },
  });
