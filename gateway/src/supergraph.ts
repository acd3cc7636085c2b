import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The composed supergraph, a committed build artefact (`npm run compose`). */
export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'supergraph.graphql');

/** The client-facing schema composed beside it; the web apps' codegen reads it. */
export const API_SCHEMA_PATH = path.join(__dirname, '..', 'schema.graphql');

export const readSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, 'utf8');
export const readApiSchema = (): string => readFileSync(API_SCHEMA_PATH, 'utf8');
