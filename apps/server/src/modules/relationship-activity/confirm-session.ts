import type { MentoringSession } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { labelFor } from "./list-sessions.js";
import { loadWritablePair } from "./membership.js";
import { NOTICES, sendNotices } from "./notices.js";
import { readSession, requireSession } from "./read-sessions.js";
import { updateSession } from "./sessions-repository.js";

/** The member who did not propose the time agrees to it; the session is then scheduled. */
export async function confirmSession(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  const { session, pair } = await ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    if (row.status !== "proposed") throw conflict(`This session is ${row.status}, not waiting for confirmation`);
    if (row.proposed_by === actor.userId) throw conflict("You suggested this time; the other member confirms it");
    if (row.starts_at <= now) throw conflict("This time has passed; suggest a new one");
    await updateSession(trx, row.id, { status: "scheduled", confirmed_by: actor.userId, confirmed_at: now });
    await insertContactEvent(trx, {
      relationshipId: ids.relationshipId,
      actorId: actor.userId,
      kind: "session_confirmed",
      at: now,
    });
    return { session: await readSession(trx, pair, row.id, now), pair };
  });
  await sendNotices(ctx, [
    {
      userId: pair.other.id,
      notice: NOTICES.sessionConfirmed(pair.you.displayName, labelFor(session, pair.other.id), ids.relationshipId),
    },
  ]);
  return session;
}
