import { wakeable } from './event-bus';
import type { PostgresEventBus } from './postgres-bus';
import type { RedisEventBus } from './redis-bus';

export interface Relay {
  stop(): Promise<void>;
}

const RETRY_MS = 500;
const AHEAD_RETRY_MS = 10_000;

/**
 * Copies a subgraph's outbox to its Redis stream, from the stream's newest entry on. Events written while
 * Redis or the relay is down wait in the outbox; entries Redis already has are skipped, so none repeat.
 * A stream ahead of its outbox belongs to another database: nothing is relayed and `onProblem` says so.
 */
export function startRelay(
  stream: string,
  outbox: PostgresEventBus,
  redis: RedisEventBus,
  onProblem: (message: string) => void,
): Relay {
  let unfollow: (() => Promise<void>) | null = null;
  let stopped = false;
  const signal = wakeable();
  const pause = (ms: number) => signal.sleep(ms);
  const begin = async (): Promise<void> => {
    while (!stopped) {
      try {
        const [from, newest] = await Promise.all([redis.head(stream), outbox.head(stream)]);
        if (from > newest) {
          onProblem(
            `Поток событий ${stream} в Redis опережает outbox (${from} > ${newest}): он от другой базы данных. ` +
              'Задайте другой EVENT_STREAM_PREFIX или удалите поток; до тех пор события не передаются.',
          );
          await pause(AHEAD_RETRY_MS);
          continue;
        }
        if (!stopped) unfollow = outbox.follow(stream, from, (events) => redis.append(stream, events));
        return;
      } catch {
        await pause(RETRY_MS);
      }
    }
  };
  const started = begin();
  return {
    async stop() {
      stopped = true;
      signal.wake();
      await started;
      await unfollow?.();
    },
  };
}
