import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The composed supergraph, a committed build artefact (`npm run compose`). */
export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'supergraph.graphql');

export const readSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, 'utf8');
