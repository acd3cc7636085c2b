import type { PlatformEvent } from './event';

export type Unfollow = () => Promise<void>;

/** Where readers get a stream's events; the PostgreSQL log and Redis Streams both implement it. */
export interface EventBus {
  readonly kind: 'postgres' | 'redis';
  /** Events after `afterId`, oldest first, at most `limit`. */
  readAfter(stream: string, afterId: bigint, limit: number): Promise<PlatformEvent[]>;
  /** The newest event's id, 0 when the stream is empty. */
  head(stream: string): Promise<bigint>;
  /**
   * Delivers every event after `afterId`, in order and once, as batches; keeps following until stopped.
   * A batch is not followed by the next until `onEvents` settles.
   */
  follow(stream: string, afterId: bigint, onEvents: (events: PlatformEvent[]) => Promise<void>): Unfollow;
  close(): Promise<void>;
}

export const BATCH = 500;

/** Sleeps until `ms` pass or `wake` is called, whichever is first. */
export function wakeable(): { sleep(ms: number): Promise<void>; wake(): void } {
  let waiter: (() => void) | null = null;
  let pending = false;
  return {
    sleep(ms) {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiter = null;
          resolve();
        }, ms);
        waiter = () => {
          clearTimeout(timer);
          waiter = null;
          resolve();
        };
      });
    },
    wake() {
      if (waiter) waiter();
      else pending = true;
    },
  };
}
