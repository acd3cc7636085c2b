import { Migration20261122000000_appeals } from './Migration20261122000000_appeals';

export const migrations = [
  { name: 'Migration20261122000000_appeals', class: Migration20261122000000_appeals },
];
