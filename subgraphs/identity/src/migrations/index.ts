import { Migration20261122000000_users_and_keys } from './Migration20261122000000_users_and_keys';
import { Migration20261201000000_organizations_and_contacts } from './Migration20261201000000_organizations_and_contacts';

export const migrations = [
  { name: 'Migration20261122000000_users_and_keys', class: Migration20261122000000_users_and_keys },
  {
    name: 'Migration20261201000000_organizations_and_contacts',
    class: Migration20261201000000_organizations_and_contacts,
  },
];
