import { Migration20261122000000_users_and_keys } from './Migration20261122000000_users_and_keys';
import { Migration20261201000000_organizations_and_contacts } from './Migration20261201000000_organizations_and_contacts';
import { Migration20261210000001_sessions } from './Migration20261210000001_sessions';
import { Migration20261211000001_personal_data } from './Migration20261211000001_personal_data';
import { Migration20261211000002_esia_sign_in } from './Migration20261211000002_esia_sign_in';
import { Migration20261211000003_esia_employer_sign_in } from './Migration20261211000003_esia_employer_sign_in';
import { Migration20261212000001_employer_activation } from './Migration20261212000001_employer_activation';
import { Migration20261212000002_staff_deactivation } from './Migration20261212000002_staff_deactivation';
import { Migration20261212000003_partner_agencies } from './Migration20261212000003_partner_agencies';
import { Migration20261213000001_partner_users } from './Migration20261213000001_partner_users';
import { Migration20261213000002_personal_data_audit } from './Migration20261213000002_personal_data_audit';
import { Migration20261214000000_audit_stream } from './Migration20261214000000_audit_stream';
import { Migration20261215000011_activation_attempts } from './Migration20261215000011_activation_attempts';
import { Migration20261215000012_sign_in_unlock } from './Migration20261215000012_sign_in_unlock';
import { Migration20261214000001_personal_data_operation_names } from './Migration20261214000001_personal_data_operation_names';
import { Migration20261215000040_peer_addresses } from './Migration20261215000040_peer_addresses';
import { Migration20261215000041_esia_sign_in_binding } from './Migration20261215000041_esia_sign_in_binding';
import { Migration20261216000000_access_grants_and_rate_limits } from './Migration20261216000000_access_grants_and_rate_limits';

export const migrations = [
  { name: 'Migration20261122000000_users_and_keys', class: Migration20261122000000_users_and_keys },
  {
    name: 'Migration20261201000000_organizations_and_contacts',
    class: Migration20261201000000_organizations_and_contacts,
  },
  { name: 'Migration20261210000001_sessions', class: Migration20261210000001_sessions },
  { name: 'Migration20261211000001_personal_data', class: Migration20261211000001_personal_data },
  { name: 'Migration20261211000002_esia_sign_in', class: Migration20261211000002_esia_sign_in },
  {
    name: 'Migration20261211000003_esia_employer_sign_in',
    class: Migration20261211000003_esia_employer_sign_in,
  },
  {
    name: 'Migration20261212000001_employer_activation',
    class: Migration20261212000001_employer_activation,
  },
  {
    name: 'Migration20261212000002_staff_deactivation',
    class: Migration20261212000002_staff_deactivation,
  },
  {
    name: 'Migration20261212000003_partner_agencies',
    class: Migration20261212000003_partner_agencies,
  },
  { name: 'Migration20261213000001_partner_users', class: Migration20261213000001_partner_users },
  {
    name: 'Migration20261213000002_personal_data_audit',
    class: Migration20261213000002_personal_data_audit,
  },
  { name: 'Migration20261214000000_audit_stream', class: Migration20261214000000_audit_stream },
  {
    name: 'Migration20261214000001_personal_data_operation_names',
    class: Migration20261214000001_personal_data_operation_names,
  },
  {
    name: 'Migration20261215000011_activation_attempts',
    class: Migration20261215000011_activation_attempts,
  },
  { name: 'Migration20261215000012_sign_in_unlock', class: Migration20261215000012_sign_in_unlock },
  { name: 'Migration20261215000040_peer_addresses', class: Migration20261215000040_peer_addresses },
  {
    name: 'Migration20261215000041_esia_sign_in_binding',
    class: Migration20261215000041_esia_sign_in_binding,
  },
  {
    name: 'Migration20261216000000_access_grants_and_rate_limits',
    class: Migration20261216000000_access_grants_and_rate_limits,
  },
];
