import type { AppContext } from "../../context.js";
import { HOUR } from "../../lib/clock.js";
import { hashToken } from "../../lib/tokens.js";
import { type ActiveSession, findActiveSession, touchSession } from "./session-repository.js";

/** Finds the live session for a cookie token, sliding its expiry at most once an hour. */
export async function resolveSession(ctx: AppContext, token: string | undefined): Promise<ActiveSession | null> {
  if (!token || token.length > 200) return null;
  const now = ctx.clock.now();
  const session = await findActiveSession(ctx.db, hashToken(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > HOUR) {
    const expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * HOUR);
    await touchSession(ctx.db, session.sessionId, now, expiresAt);
    session.expiresAt = expiresAt;
  }
  return session;
}
