#!/usr/bin/env node
/** The explicit production step: apply every subgraph's committed migrations. `--seed` adds demo data. */
const { migrateAll, openDatabase } = require('./platform');

async function main() {
  const database = await openDatabase();
  try {
    const applied = await migrateAll(database.url, { seed: process.argv.includes('--seed') });
    for (const [subgraph, names] of Object.entries(applied)) {
      console.log(`${subgraph}: ${names.length ? names.join(', ') : 'миграции уже применены'}`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`Миграции не применены: ${error.message}`);
  process.exit(1);
});
