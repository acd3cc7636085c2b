import { Migration20261122110000_life_situations } from './Migration20261122110000_life_situations';
import { Migration20261213000001_partner_referrals } from './Migration20261213000001_partner_referrals';
import { Migration20261215000000_alimony_catalogue } from './Migration20261215000000_alimony_catalogue';
import { Migration20261216000000_audit_outbox_and_rate_limit } from './Migration20261216000000_audit_outbox_and_rate_limit';

export const migrations = [
  { name: 'Migration20261122110000_life_situations', class: Migration20261122110000_life_situations },
  { name: 'Migration20261213000001_partner_referrals', class: Migration20261213000001_partner_referrals },
  { name: 'Migration20261215000000_alimony_catalogue', class: Migration20261215000000_alimony_catalogue },
  {
    name: 'Migration20261216000000_audit_outbox_and_rate_limit',
    class: Migration20261216000000_audit_outbox_and_rate_limit,
  },
];
