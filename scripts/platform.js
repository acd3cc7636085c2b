/** What `npm start`, `npm run migrate` and `npm run bench` share: the database and the subgraph list. */
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'citizen', port: 4002 },
  { name: 'employer', port: 4003 },
  { name: 'scheduling', port: 4004 },
  { name: 'routing', port: 4005 },
];

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under .data/postgres, kept between runs. */
async function openDatabase(log = console.log) {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const { startEmbeddedPostgres } = require('@czn/devdb');
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  log(`Встроенный PostgreSQL: .data/postgres, порт ${port}`);
  const database = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, '.data', 'postgres'),
    port,
    databaseName: 'czn',
  });
  return { ...database, embedded: true };
}

/** Applies every subgraph's committed migrations (and demo data when seed is true). */
async function migrateAll(databaseUrl, { seed }) {
  const { migrateSubgraph } = require('@czn/kernel');
  const applied = {};
  for (const { name } of SUBGRAPHS) {
    const definition = require(`@czn/${name}`)[name];
    applied[name] = await migrateSubgraph(definition, databaseUrl, { seed });
  }
  return applied;
}

module.exports = { ROOT, SUBGRAPHS, openDatabase, migrateAll };
