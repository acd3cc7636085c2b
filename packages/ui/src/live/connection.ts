import { createContext, useContext, useSyncExternalStore } from 'react';

/** `failed`: the socket gave up after attempts in a row that never got through; only a reload helps. */
export type ConnectionState = 'connecting' | 'live' | 'offline' | 'failed';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Grows with every (re)connection: live subscriptions restart, resuming where they stopped. */
  generation: number;
}

/** What the page knows of its socket to the gateway. */
export class ConnectionMonitor {
  private snapshot: ConnectionSnapshot = { state: 'connecting', generation: 0 };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly current = (): ConnectionSnapshot => this.snapshot;

  connected(): void {
    this.set({ state: 'live', generation: this.snapshot.generation + 1 });
  }

  lost(): void {
    if (this.snapshot.state !== 'offline') this.set({ ...this.snapshot, state: 'offline' });
  }

  failed(): void {
    this.set({ ...this.snapshot, state: 'failed' });
  }

  private set(snapshot: ConnectionSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

export const ConnectionContext = createContext<ConnectionMonitor | null>(null);

export function useConnectionMonitor(): ConnectionMonitor {
  const monitor = useContext(ConnectionContext);
  if (!monitor) throw new Error('useConnection outside GraphQLProvider');
  return monitor;
}

export function useConnection(): ConnectionSnapshot {
  const monitor = useConnectionMonitor();
  return useSyncExternalStore(monitor.subscribe, monitor.current);
}
