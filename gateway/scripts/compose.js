#!/usr/bin/env node
/** Writes gateway/supergraph.graphql and gateway/schema.graphql from the subgraphs' SDL (`npm run compose`). */
const { writeFileSync } = require('node:fs');
const { composeSupergraph } = require('../dist/compose');
const { API_SCHEMA_PATH, SUPERGRAPH_PATH } = require('../dist/supergraph');

composeSupergraph().then(
  ({ supergraphSdl, apiSchemaSdl }) => {
    writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
    writeFileSync(API_SCHEMA_PATH, apiSchemaSdl);
    console.log(`supergraph written to ${SUPERGRAPH_PATH}, API schema to ${API_SCHEMA_PATH}`);
  },
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
