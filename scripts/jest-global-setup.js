/** Without DATABASE_URL the tests run against an embedded PostgreSQL kept under .data/test-postgres. */
const path = require('node:path');

module.exports = async () => {
  if (process.env.DATABASE_URL) return;
  const { startEmbeddedPostgres } = require('@czn/devdb');
  const database = await startEmbeddedPostgres({
    dataDir: path.join(__dirname, '..', '.data', 'test-postgres'),
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54329),
    databaseName: 'czn_test',
  });
  process.env.DATABASE_URL = database.url;
  globalThis.__embeddedPostgres = database;
};
