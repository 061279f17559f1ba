import type { AppContext } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { HOUR } from "../../lib/clock.js";
import { hashToken, newSecretToken } from "../../lib/tokens.js";
import { deleteSession, insertSession } from "./session-repository.js";

export interface NewSession {
  /** The secret for the cookie; only its hash is stored, as the session id. */
  token: string;
  expiresAt: Date;
}

/**
 * Opens a session for a member who just proved who they are. A session the browser already held
 * is ended first, so a session id planted before sign-in is never promoted (session fixation).
 */
export async function startSession(
  ctx: AppContext,
  executor: Db,
  userId: string,
  meta: RequestMeta,
  previousSessionId?: string | null,
): Promise<NewSession> {
  if (previousSessionId) await deleteSession(executor, previousSessionId);
  const now = ctx.clock.now();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * HOUR);
  await insertSession(executor, {
    id: hashToken(token),
    userId,
    expiresAt,
    now,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, expiresAt };
}
