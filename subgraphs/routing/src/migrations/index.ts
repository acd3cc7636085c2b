import { Migration20261122110000_life_situations } from './Migration20261122110000_life_situations';

export const migrations = [
  { name: 'Migration20261122110000_life_situations', class: Migration20261122110000_life_situations },
];
