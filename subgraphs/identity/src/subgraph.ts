import type { SubgraphDefinition } from '@czn/kernel';
import { createLoaders, type IdentityLoaders } from './loaders';
import { migrations } from './migrations';
import { AccessTokens, publishedKeys } from './modules/auth/access-tokens';
import { SigningKey } from './modules/auth/signing-key.entity';
import { Organization } from './modules/organization/organization.entity';
import { User } from './modules/user/user.entity';
import { buildSchema } from './schema';
import { seed } from './seed';

export interface IdentitySettings {
  accessTokenTtlSeconds: number;
}

export function createIdentitySubgraph(settings: IdentitySettings): SubgraphDefinition<IdentityLoaders> {
  const tokens = new AccessTokens(settings.accessTokenTtlSeconds);
  return {
    name: 'identity',
    entities: [User, Organization, SigningKey],
    migrations,
    buildSchema: () => buildSchema(tokens),
    createLoaders,
    seed,
    routes(app, orm) {
      app.get('/.well-known/jwks.json', async (_req, res) => {
        res.set('cache-control', 'public, max-age=300').json(await publishedKeys(orm));
      });
    },
  };
}

export const identity = createIdentitySubgraph({ accessTokenTtlSeconds: 900 });
