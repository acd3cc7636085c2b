import { Migration20261122000000_users_and_keys } from './Migration20261122000000_users_and_keys';

export const migrations = [
  { name: 'Migration20261122000000_users_and_keys', class: Migration20261122000000_users_and_keys },
];
