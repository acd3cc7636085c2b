import { Migration20261122000000_appeals } from './Migration20261122000000_appeals';
import { Migration20261122120000_outbox } from './Migration20261122120000_outbox';
import { Migration20261201000000_appeal_contacts } from './Migration20261201000000_appeal_contacts';
import { Migration20261201000001_appeal_applicant_seen } from './Migration20261201000001_appeal_applicant_seen';
import { Migration20261204000000_outbox_streams } from './Migration20261204000000_outbox_streams';
import { Migration20261205120000_resumes } from './Migration20261205120000_resumes';
import { Migration20261205100000_personal_cases } from './Migration20261205100000_personal_cases';
import { Migration20261216000000_rate_limit } from './Migration20261216000000_rate_limit';
import { Migration20261205110000_appeal_application } from './Migration20261205110000_appeal_application';
import { Migration20261205140000_favorite_vacancies } from './Migration20261205140000_favorite_vacancies';
import { Migration20261205160000_appeal_application_vacancies } from './Migration20261205160000_appeal_application_vacancies';

export const migrations = [
  { name: 'Migration20261122000000_appeals', class: Migration20261122000000_appeals },
  { name: 'Migration20261122120000_outbox', class: Migration20261122120000_outbox },
  { name: 'Migration20261201000000_appeal_contacts', class: Migration20261201000000_appeal_contacts },
  {
    name: 'Migration20261201000001_appeal_applicant_seen',
    class: Migration20261201000001_appeal_applicant_seen,
  },
  { name: 'Migration20261204000000_outbox_streams', class: Migration20261204000000_outbox_streams },
  { name: 'Migration20261205120000_resumes', class: Migration20261205120000_resumes },
  { name: 'Migration20261216000000_rate_limit', class: Migration20261216000000_rate_limit },
  {
    name: 'Migration20261205110000_appeal_application',
    class: Migration20261205110000_appeal_application,
  },
  { name: 'Migration20261205140000_favorite_vacancies', class: Migration20261205140000_favorite_vacancies },
  {
    name: 'Migration20261205160000_appeal_application_vacancies',
    class: Migration20261205160000_appeal_application_vacancies,
  },
  { name: 'Migration20261205100000_personal_cases', class: Migration20261205100000_personal_cases },
];
