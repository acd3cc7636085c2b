#!/usr/bin/env node
/** Writes gateway/supergraph.graphql from the subgraphs' SDL (run through `npm run compose`). */
const { writeFileSync } = require('node:fs');
const { composeSupergraph } = require('../dist/compose');
const { SUPERGRAPH_PATH } = require('../dist/supergraph');

composeSupergraph().then(
  (sdl) => {
    writeFileSync(SUPERGRAPH_PATH, sdl);
    console.log(`supergraph written to ${SUPERGRAPH_PATH}`);
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
