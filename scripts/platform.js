/** What `npm start`, `npm run migrate` and `npm run bench` share: the database and the platform manifest. */
const path = require('node:path');
const { SUBGRAPHS } = require('@czn/platform');

const ROOT = path.join(__dirname, '..');

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
  for (const { name, package: packageName } of SUBGRAPHS) {
    const definition = require(packageName)[name];
    applied[name] = await migrateSubgraph(definition, databaseUrl, { seed });
  }
  return applied;
}

module.exports = { ROOT, SUBGRAPHS, openDatabase, migrateAll };
