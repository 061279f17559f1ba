import type { MentoringSession } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Actor } from "./actor.js";
import { loadWritablePair } from "./membership.js";
import { readSession, requireSession } from "./read-sessions.js";
import { deleteOwnNote, upsertOwnNote } from "./session-records-repository.js";

/**
 * The caller's own note on a session: stored under their id and read back only for them. It is not
 * contact and tells the other member nothing, not even that a note exists.
 */
export async function savePrivateNote(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
  text: string,
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    await upsertOwnNote(trx, { sessionId: row.id, authorId: actor.userId, text, now });
    return readSession(trx, pair, row.id, now);
  });
}

export async function deletePrivateNote(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    await deleteOwnNote(trx, row.id, actor.userId);
    return readSession(trx, pair, row.id, now);
  });
}
