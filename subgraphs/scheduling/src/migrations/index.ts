import { Migration20261122000000_job_centers } from './Migration20261122000000_job_centers';

export const migrations = [
  { name: 'Migration20261122000000_job_centers', class: Migration20261122000000_job_centers },
];
