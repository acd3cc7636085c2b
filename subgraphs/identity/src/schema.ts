import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from './loaders';
import { SignInResolver } from './modules/auth/sign-in.resolver';
import type { SignInService } from './modules/auth/sign-in.service';
import type { SignInUnlocks } from './modules/auth/sign-in-unlock';
import {
  EmployerActivationResolver,
  UserActivationResolver,
} from './modules/employer-activation/employer-activation.resolver';
import type { EmployerActivationService } from './modules/employer-activation/employer-activation.service';
import { CitizenSearchResolver } from './modules/citizen-search/citizen-search.resolver';
import { EsiaSignInResolver, type EsiaSignIns } from './modules/esia';
import { references } from './modules/federation/references';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import type { OrganizationService } from './modules/organization/organization.service';
import { PartnerAgencyResolver } from './modules/partner-agency/partner-agency.resolver';
import type { PersonReach } from './modules/personal-data-audit/person-reach';
import { PersonalDataAuditResolver } from './modules/personal-data-audit/personal-data-audit.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import type { Sessions } from './modules/session/sessions';
import { StaffMemberResolver } from './modules/staff-member/staff-member.resolver';
import { AccountResolver } from './modules/user/account.resolver';
import type { AccountService } from './modules/user/account.service';
import { UserResolver } from './modules/user/user.resolver';

export interface IdentityServices {
  sessions: Sessions;
  signIn: SignInService;
  signInUnlocks: SignInUnlocks;
  organizations: OrganizationService;
  employerActivation: EmployerActivationService;
  esiaSignIn: EsiaSignIns;
  account: AccountService;
  personReach: PersonReach;
}

export const buildSchema = (services: IdentityServices) => {
  const instances = new Map<Function, unknown>([
    [EsiaSignInResolver, new EsiaSignInResolver(services.esiaSignIn)],
    [AccountResolver, new AccountResolver(services.account)],
    [SignInResolver, new SignInResolver(services.signIn, services.signInUnlocks)],
    [SessionResolver, new SessionResolver(services.sessions)],
    [OrganizationResolver, new OrganizationResolver(services.organizations)],
    [EmployerActivationResolver, new EmployerActivationResolver(services.employerActivation)],
    [PersonalDataAuditResolver, new PersonalDataAuditResolver(services.personReach)],
  ]);
  return buildFederatedSchema<SubgraphContext<IdentityLoaders>>({
    resolvers: [
      UserResolver,
      SignInResolver,
      SessionResolver,
      OrganizationResolver,
      EmployerActivationResolver,
      UserActivationResolver,
      EsiaSignInResolver,
      AccountResolver,
      StaffMemberResolver,
      PartnerAgencyResolver,
      PersonalDataAuditResolver,
      CitizenSearchResolver,
    ],
    references,
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        instances.get(resolverClass) ?? new resolverClass(),
    },
  });
};
