import { buildFederatedSchema, type SubgraphContext } from '@czn/kernel';
import type { IdentityLoaders } from './loaders';
import type { AccessTokens } from './modules/auth/access-tokens';
import { SignInResolver } from './modules/auth/sign-in.resolver';
import { resolveOrganizationReference } from './modules/organization/organization.reference';
import { resolveUserReference } from './modules/user/user.reference';
import { UserResolver } from './modules/user/user.resolver';

export const buildSchema = (tokens: AccessTokens) =>
  buildFederatedSchema<SubgraphContext<IdentityLoaders>>({
    resolvers: [UserResolver, SignInResolver],
    references: { User: resolveUserReference, Organization: resolveOrganizationReference },
    container: {
      get: (resolverClass: new (...args: unknown[]) => unknown) =>
        resolverClass === SignInResolver ? new SignInResolver(tokens) : new resolverClass(),
    },
  });
