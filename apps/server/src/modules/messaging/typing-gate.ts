import type { AppContext } from "../../context.js";
import { membershipCacheFor } from "./membership-cache.js";
import { messagingLimits } from "./rate-limits.js";
import { typingAudience } from "./send-typing.js";

/** One typing notice per socket and conversation at most this often; the rest are dropped. */
export const TYPING_INTERVAL_MS = 2000;
/** How long a socket trusts who may hear its typing in a conversation. */
export const TYPING_AUDIENCE_TTL_MS = 10_000;
/** Conversations a socket keeps track of; the least recently typed in are forgotten first. */
export const TYPING_TRACKED = 32;

interface Tracked {
  lastPassedOn: number;
  audience: string[] | null;
  audienceAt: number;
  version: number;
}

/**
 * A socket's typing notices. Memory is bounded (TYPING_TRACKED conversations per socket), a
 * conversation is passed on at most every TYPING_INTERVAL_MS, and who hears it is looked up at most
 * every TYPING_AUDIENCE_TTL_MS (sooner when this process saw the conversation change). Lookups for
 * conversations the socket has not typed in lately draw on the member's small lookup allowance, so
 * a flood of made-up conversation ids costs the database almost nothing.
 */
export class TypingGate {
  private readonly tracked = new Map<string, Tracked>();

  constructor(
    private readonly ctx: AppContext,
    private readonly userId: string,
    private readonly lookup: typeof typingAudience = typingAudience,
  ) {}

  async typing(conversationId: string): Promise<void> {
    const now = this.ctx.clock.now().getTime();
    const cache = membershipCacheFor(this.ctx);
    const version = cache.versionOf(conversationId);
    const entry = this.tracked.get(conversationId);
    if (entry && now - entry.lastPassedOn < TYPING_INTERVAL_MS) return;
    let audience = entry?.audience ?? null;
    if (!entry || entry.version !== version || now - entry.audienceAt >= TYPING_AUDIENCE_TTL_MS) {
      if (!messagingLimits(this.ctx).typingLookup.take(this.userId)) return;
      audience = await this.lookup(this.ctx, this.userId, conversationId);
      this.remember(conversationId, { lastPassedOn: now, audience, audienceAt: now, version });
    } else {
      this.remember(conversationId, { ...entry, lastPassedOn: now });
    }
    if (audience && audience.length > 0) {
      this.ctx.realtime.emitToUsers(audience, "conversation:typing", { conversationId, userId: this.userId });
    }
  }

  private remember(conversationId: string, entry: Tracked): void {
    this.tracked.delete(conversationId);
    if (this.tracked.size >= TYPING_TRACKED) {
      const oldest = this.tracked.keys().next().value;
      if (oldest !== undefined) this.tracked.delete(oldest);
    }
    this.tracked.set(conversationId, entry);
  }

  /** Conversations tracked now (for tests). */
  get size(): number {
    return this.tracked.size;
  }
}
