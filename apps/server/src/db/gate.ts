import { AsyncLocalStorage } from "node:async_hooks";

interface Scope {
  holding: boolean;
}

/**
 * One gate in front of a single-connection database (PGlite). Every access, Kysely's and the job
 * queue's, passes through it, so nothing slips into another caller's open transaction: a query
 * sent to PGlite while a transaction is open would run inside it and be rolled back with it.
 * Callers queue in FIFO order. Code running inside `scoped()` (our transaction helper) that asks
 * for the gate a second time while holding it would deadlock, so that fails loudly instead.
 */
export class DbGate {
  private tail: Promise<void> = Promise.resolve();
  private readonly scope = new AsyncLocalStorage<Scope>();
  private waiting = 0;

  /** Waits for the gate and returns a release function; calling it twice is harmless. */
  async acquire(): Promise<() => void> {
    const scope = this.scope.getStore();
    if (scope?.holding) {
      throw new Error(
        "Database gate re-entered: code inside a transaction sent a query outside it, which would deadlock on a single connection. Use the transaction's executor.",
      );
    }
    let open!: () => void;
    const mine = new Promise<void>((resolve) => {
      open = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    this.waiting++;
    await previous;
    this.waiting--;
    if (scope) scope.holding = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (scope) scope.holding = false;
      open();
    };
  }

  /** Runs `fn` while holding the gate. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /** Runs `fn` in a scope where a second acquisition while the gate is held throws. */
  scoped<T>(fn: () => Promise<T>): Promise<T> {
    return this.scope.run({ holding: false }, fn);
  }

  /** How many callers wait behind the current holder. */
  get queued(): number {
    return this.waiting;
  }
}
