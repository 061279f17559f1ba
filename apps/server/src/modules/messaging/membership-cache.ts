import type { AppContext } from "../../context.js";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findMemberRow } from "./members-repository.js";

/** How long a lookup is trusted, and how many this process keeps (least recently used go first). */
export const MEMBERSHIP_TTL_MS = 10_000;
const MAX_ENTRIES = 50_000;

type Standing = "current" | "former" | "never";

/**
 * A short-lived, per-process answer to "is this member in that conversation?", so a send to a
 * conversation the caller was never in is refused before it takes a place in the writer's queue,
 * without a database round trip for every send. It only ever saves work: the batch checks
 * membership again under the conversation's lock, so a stale entry can at worst let a doomed send
 * reach the batch, or refuse (404) a newcomer for up to MEMBERSHIP_TTL_MS on another process. This
 * process forgets a conversation's entries whenever notifyConversationChanged runs for it.
 */
export class MembershipCache {
  private readonly entries = new Map<string, { standing: Standing; at: number; version: number }>();
  private readonly versions = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<Standing>>();

  constructor(private readonly ctx: Pick<AppContext, "clock">) {}

  /** The cached answer while fresh; undefined when it must be looked up. */
  peek(conversationId: string, userId: string): Standing | undefined {
    const entry = this.entries.get(`${conversationId}|${userId}`);
    const fresh =
      entry &&
      entry.version === this.versionOf(conversationId) &&
      this.ctx.clock.now().getTime() - entry.at < MEMBERSHIP_TTL_MS;
    return fresh ? entry.standing : undefined;
  }

  /**
   * Looks the membership up and remembers it. Concurrent lookups of one key share one query, so
   * sends that waited on it resume in the order they arrived (one sender's order is kept).
   */
  lookup(db: Db, conversationId: string, userId: string): Promise<Standing> {
    const key = `${conversationId}|${userId}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.read(db, conversationId, userId).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async read(db: Db, conversationId: string, userId: string): Promise<Standing> {
    const key = `${conversationId}|${userId}`;
    const version = this.versionOf(conversationId);
    const at = this.ctx.clock.now().getTime();
    const row = await findMemberRow(db, conversationId, userId);
    const standing: Standing = !row ? "never" : row.left_at === null ? "current" : "former";
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { standing, at, version });
    return standing;
  }

  /** Goes up each time this process hears the conversation changed (others' caches compare it). */
  versionOf(conversationId: string): number {
    return this.versions.get(conversationId) ?? 0;
  }

  /** Membership (or state) of the conversation changed: entries read before now are stale. */
  forget(conversationId: string): void {
    if (this.versions.size >= MAX_ENTRIES) {
      // Bounded: forget every version and every entry at once (entries would otherwise match version 0 again).
      this.versions.clear();
      this.entries.clear();
    }
    this.versions.set(conversationId, (this.versions.get(conversationId) ?? 0) + 1);
  }
}

const caches = new WeakMap<AppContext["config"], MembershipCache>();

export function membershipCacheFor(ctx: Pick<AppContext, "clock" | "config">): MembershipCache {
  let cache = caches.get(ctx.config);
  if (!cache) {
    cache = new MembershipCache(ctx);
    caches.set(ctx.config, cache);
  }
  return cache;
}

/**
 * Before queueing a send: 404 for a conversation the caller was never in (or that does not exist).
 * A former member passes: a retry of what they sent before leaving still gets its stored event.
 * When the answer is cached this returns (or throws) at once, without a promise, so a sender's
 * events reach the writer in the order they were sent; otherwise it returns the lookup to await.
 */
export function refuseStrangers(
  ctx: Pick<AppContext, "clock" | "config" | "db">,
  conversationId: string,
  userId: string,
): Promise<void> | undefined {
  const cache = membershipCacheFor(ctx);
  const known = cache.peek(conversationId, userId);
  if (known === undefined) return cache.lookup(ctx.db, conversationId, userId).then(refuseNever);
  refuseNever(known);
  return undefined;
}

function refuseNever(standing: Standing): void {
  if (standing === "never") throw notFound("Conversation");
}
