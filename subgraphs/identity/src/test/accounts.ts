import type { SignedInViewer } from '@czn/kernel';
import { signedIn, type SubgraphHarness } from '@czn/testing';
import { identityFixtures, type AccountFixture } from '../fixtures';

export interface TestAccount {
  id: string;
  login: string;
  fullName: string;
  /** The account signed in, as the gateway passes it on. */
  viewer: SignedInViewer;
}

/** A new account of this test in the harness's database; it signs in with FIXTURE_PASSWORD. */
export async function newAccount(harness: SubgraphHarness, fixture: AccountFixture): Promise<TestAccount> {
  const user = await identityFixtures.account(harness.running.orm.em.fork(), fixture);
  return {
    id: user.id,
    login: user.login!,
    fullName: user.fullName,
    viewer: {
      ...signedIn(user.id, user.roles, user.jobCenterId),
      organizationId: fixture.organizationId ?? null,
      partnerAgencyId: fixture.partnerAgencyId ?? null,
    },
  };
}
