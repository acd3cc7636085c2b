import type { PostgresEventBus } from './postgres-bus';
import type { RedisEventBus } from './redis-bus';

export interface Relay {
  stop(): Promise<void>;
}

/**
 * Copies a subgraph's outbox to its Redis stream, from the stream's newest entry on. Events written while
 * Redis or the relay is down wait in the outbox; entries Redis already has are skipped, so none repeat.
 */
export function startRelay(stream: string, outbox: PostgresEventBus, redis: RedisEventBus): Relay {
  let unfollow: (() => Promise<void>) | null = null;
  let stopped = false;
  const begin = async (): Promise<void> => {
    while (!stopped) {
      try {
        const from = await redis.head(stream);
        if (!stopped) unfollow = outbox.follow(stream, from, (events) => redis.append(stream, events));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };
  const started = begin();
  return {
    async stop() {
      stopped = true;
      await started;
      await unfollow?.();
    },
  };
}
