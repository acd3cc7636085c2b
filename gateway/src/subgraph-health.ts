import type { BreakerCounts, BreakerState, CircuitBreaker } from './circuit-breaker';
import { SUBGRAPH_NAMES, type SubgraphName } from '@czn/platform';

/** up: its readiness probe answers; down: it does not; open: the gateway's calls to it fail at once. */
export type SubgraphState = 'up' | 'down' | 'open';

export interface SubgraphHealth extends BreakerCounts {
  state: SubgraphState;
  breaker: BreakerState;
}

/** Short, so that the gateway's own health answers quickly however stuck a subgraph is. */
const PROBE_MS = 1000;

async function answersReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(PROBE_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Each subgraph's state as the gateway sees it, for the gateway's `/health`; never fails. */
export async function subgraphHealth(
  urls: Record<SubgraphName, string>,
  breakers: Record<SubgraphName, CircuitBreaker>,
): Promise<Record<SubgraphName, SubgraphHealth>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name): Promise<[SubgraphName, SubgraphHealth]> => {
      const breaker = breakers[name];
      const state: SubgraphState =
        breaker.state === 'open' ? 'open' : (await answersReady(urls[name])) ? 'up' : 'down';
      return [name, { state, breaker: breaker.state, ...breaker.counts }];
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, SubgraphHealth>;
}
