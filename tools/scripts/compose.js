#!/usr/bin/env node
/** Writes the gateway's supergraph, client schema and subscriptions from the subgraphs (`npm run compose`). */
const { writeFileSync } = require('node:fs');
const { composeSupergraph, COMPOSED_FILES } = require('../dist/compose');

composeSupergraph().then(
  (composition) => {
    for (const [file, text] of Object.entries(composition)) {
      writeFileSync(COMPOSED_FILES[file], text);
      console.log(`${file}: ${COMPOSED_FILES[file]}`);
    }
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
