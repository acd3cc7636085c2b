import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The composed supergraph, a committed build artefact (`npm run compose`). */
const SUPERGRAPH_PATH = path.join(__dirname, '..', 'supergraph.graphql');

/** The subscriptions the subgraphs declare, composed beside it. */
const SUBSCRIPTIONS_PATH = path.join(__dirname, '..', 'subscriptions.json');

export const readSupergraph = (): string => readFileSync(SUPERGRAPH_PATH, 'utf8');
export const readSubscriptions = (): unknown => JSON.parse(readFileSync(SUBSCRIPTIONS_PATH, 'utf8'));
