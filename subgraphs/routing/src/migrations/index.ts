import { Migration20261122110000_life_situations } from './Migration20261122110000_life_situations';
import { Migration20261213000001_partner_referrals } from './Migration20261213000001_partner_referrals';
import { Migration20261215000000_alimony_catalogue } from './Migration20261215000000_alimony_catalogue';

export const migrations = [
  { name: 'Migration20261122110000_life_situations', class: Migration20261122110000_life_situations },
  { name: 'Migration20261213000001_partner_referrals', class: Migration20261213000001_partner_referrals },
  { name: 'Migration20261215000000_alimony_catalogue', class: Migration20261215000000_alimony_catalogue },
];
