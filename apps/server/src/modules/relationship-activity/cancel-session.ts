import type { MentoringSession } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { labelFor } from "./list-sessions.js";
import { loadWritablePair } from "./membership.js";
import { NOTICES, sendNotices } from "./notices.js";
import { readSession, requireSession } from "./read-sessions.js";
import { updateSession } from "./sessions-repository.js";

/**
 * Either member calls off a session before it starts; who cancelled is kept and shown as both
 * members' attendance. A session that has started is recorded as attended or missed instead.
 */
export async function cancelSession(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
  reason: string | undefined,
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  const { session, pair } = await ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    if (row.status === "cancelled") throw conflict("This session is already cancelled");
    if (row.starts_at <= now) {
      throw conflict("This session has already started; record who attended or missed it instead");
    }
    await updateSession(trx, row.id, {
      status: "cancelled",
      cancelled_by: actor.userId,
      cancelled_at: now,
      cancel_reason: reason || null,
      sequence: row.sequence + 1,
    });
    return { session: await readSession(trx, pair, row.id, now), pair };
  });
  await sendNotices(ctx, [
    {
      userId: pair.other.id,
      notice: NOTICES.sessionCancelled(pair.you.displayName, labelFor(session, pair.other.id), ids.relationshipId),
    },
  ]);
  return session;
}
