import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from './loaders';
import type { AccessTokens } from './modules/auth/access-tokens';
import { SignInResolver } from './modules/auth/sign-in.resolver';
import {
  EmployerActivationResolver,
  OrganizationRepresentativesResolver,
  UserActivationResolver,
} from './modules/employer-activation/employer-activation.resolver';
import type { EmployerActivationService } from './modules/employer-activation/employer-activation.service';
import { resolveOrganizationReference } from './modules/organization/organization.reference';
import { resolveUserReference } from './modules/user/user.reference';
import { UserResolver } from './modules/user/user.resolver';

export interface IdentityServices {
  employerActivation: EmployerActivationService;
}

export const buildSchema = (tokens: AccessTokens, { employerActivation }: IdentityServices) =>
  buildFederatedSchema<SubgraphContext<IdentityLoaders>>({
    resolvers: [
      UserResolver,
      SignInResolver,
      EmployerActivationResolver,
      OrganizationRepresentativesResolver,
      UserActivationResolver,
    ],
    references: { User: resolveUserReference, Organization: resolveOrganizationReference },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === SignInResolver
          ? new SignInResolver(tokens)
          : resolverClass === EmployerActivationResolver
            ? new EmployerActivationResolver(employerActivation)
            : new resolverClass(),
    },
  });
