import type { AppContext } from "../../context.js";
import type { Clock } from "../../lib/clock.js";
import { tooManyRequests } from "../../lib/errors.js";

/**
 * Token buckets per key (a member), counted in this process only: a member holding sockets on two
 * processes gets twice the allowance, which is fine for abuse limits (they bound load per process).
 * A bucket starts full, so bursts up to `burst` pass at once; it refills at `perSecond`.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    readonly perSecond: number,
    readonly burst: number,
    /** Most keys kept; beyond it the least recently used go (a full bucket forgets nothing). */
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one token; false when the key has none left. */
  take(key: string): boolean {
    const now = this.clock.now().getTime();
    const bucket = this.buckets.get(key);
    let tokens = this.burst;
    if (bucket) {
      tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
      this.buckets.delete(key); // re-inserted below: Map order is then least recently used first
    } else if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }

  get size(): number {
    return this.buckets.size;
  }
}

export interface MessagingLimits {
  /** Sends (HTTP and socket together), per member. */
  send: TokenBuckets;
  /** Read receipts, per member. */
  read: TokenBuckets;
  /** Typing notices whose conversation this socket has not been seen in lately (each costs a lookup), per member. */
  typingLookup: TokenBuckets;
}

const limitsOf = new WeakMap<AppContext["config"], MessagingLimits>();

/** The process's limits for this app (one config per app; tests build several apps, each with its own). */
export function messagingLimits(ctx: Pick<AppContext, "clock" | "config">): MessagingLimits {
  let limits = limitsOf.get(ctx.config);
  if (!limits) {
    limits = {
      send: new TokenBuckets(ctx.clock, ctx.config.MESSAGING_SEND_PER_SECOND, ctx.config.MESSAGING_SEND_BURST),
      read: new TokenBuckets(ctx.clock, 20, 20),
      typingLookup: new TokenBuckets(ctx.clock, 2, 10),
    };
    limitsOf.set(ctx.config, limits);
  }
  return limits;
}

/** 429 when the member has sent more than their allowance (HTTP answers 429 JSON, the socket's ack status 429). */
export function checkSendRate(ctx: Pick<AppContext, "clock" | "config">, userId: string): void {
  if (!messagingLimits(ctx).send.take(userId)) {
    throw tooManyRequests("You are sending too fast; wait a moment and send again (with the same clientId)");
  }
}

export function checkReadRate(ctx: Pick<AppContext, "clock" | "config">, userId: string): void {
  if (!messagingLimits(ctx).read.take(userId)) {
    throw tooManyRequests("Too many read receipts; wait a moment");
  }
}
