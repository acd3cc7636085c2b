/** closed: calls go through; open: calls fail at once; half-open: one probe call decides which comes next. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerSettings {
  /** Consecutive failures that open the breaker. */
  failuresToOpen: number;
  /** How long an open breaker refuses calls before it lets one probe through. */
  coolDownMs: number;
  /** Told of every change of state. */
  onStateChange?: (state: BreakerState) => void;
  now?: () => number;
}

/** What the breaker has seen since it was made. */
export interface BreakerCounts {
  /** Calls let through (probes included). */
  calls: number;
  failures: number;
  /** Calls refused without being made, while open or while a probe was under way. */
  rejected: number;
}

/** The call was not made: the breaker is open. */
export class BreakerOpenError extends Error {
  constructor() {
    super('circuit breaker is open');
    this.name = 'BreakerOpenError';
  }
}

/**
 * Fails fast while a dependency is known to be down: opens after `failuresToOpen` failures in a row, refuses
 * calls for `coolDownMs`, then lets one probe through; its success closes the breaker, its failure opens it
 * again for another cool-down.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failuresInRow = 0;
  private openedAt = 0;
  private probing = false;
  private readonly tally: BreakerCounts = { calls: 0, failures: 0, rejected: 0 };
  private readonly now: () => number;

  constructor(private readonly settings: BreakerSettings) {
    this.now = settings.now ?? Date.now;
  }

  get state(): BreakerState {
    return this.current;
  }

  get counts(): Readonly<BreakerCounts> {
    return { ...this.tally };
  }

  /** Runs `action` unless the breaker refuses it; a rejection of `action` counts as a failure. */
  async call<T>(action: () => Promise<T>): Promise<T> {
    const probe = this.admit();
    this.tally.calls += 1;
    try {
      const result = await action();
      this.succeeded();
      return result;
    } catch (error) {
      this.failed();
      throw error;
    } finally {
      if (probe) this.probing = false;
    }
  }

  /** Whether this call is the half-open probe; throws when the call may not go through. */
  private admit(): boolean {
    if (this.current === 'open' && this.now() - this.openedAt >= this.settings.coolDownMs) {
      this.become('half-open');
    }
    if (this.current === 'closed') return false;
    if (this.current === 'half-open' && !this.probing) {
      this.probing = true;
      return true;
    }
    this.tally.rejected += 1;
    throw new BreakerOpenError();
  }

  private succeeded(): void {
    this.failuresInRow = 0;
    if (this.current !== 'closed') this.become('closed');
  }

  private failed(): void {
    this.tally.failures += 1;
    this.failuresInRow += 1;
    if (this.current === 'half-open' || this.failuresInRow >= this.settings.failuresToOpen) {
      this.openedAt = this.now();
      if (this.current !== 'open') this.become('open');
    }
  }

  private become(state: BreakerState): void {
    this.current = state;
    this.settings.onStateChange?.(state);
  }
}
