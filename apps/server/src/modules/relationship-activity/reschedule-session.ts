import type { MentoringSession, RescheduleSessionRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { labelFor } from "./list-sessions.js";
import { loadWritablePair } from "./membership.js";
import { NOTICES, sendNotices } from "./notices.js";
import { futureStart } from "./propose-session.js";
import { readSession, requireSession } from "./read-sessions.js";
import { updateSession } from "./sessions-repository.js";

/**
 * Changes a session that has not started. A new time, length or mode is a new proposal by the
 * caller, which the other member confirms again; an agenda edit alone keeps the agreement.
 */
export async function rescheduleSession(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
  input: RescheduleSessionRequest,
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  const startsAt = input.startsAt === undefined ? undefined : futureStart(input.startsAt, now);
  const result = await ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const row = await requireSession(trx, pair, ids.sessionId);
    if (row.status === "cancelled") throw conflict("This session was cancelled; suggest a new one instead");
    if (row.starts_at <= now) throw conflict("This session has already started, so it can no longer be changed");
    const retimed =
      (startsAt !== undefined && startsAt.getTime() !== row.starts_at.getTime()) ||
      (input.durationMinutes !== undefined && input.durationMinutes !== row.duration_minutes) ||
      (input.mode !== undefined && input.mode !== row.mode);
    await updateSession(trx, row.id, {
      ...(startsAt !== undefined ? { starts_at: startsAt } : {}),
      ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
      ...(input.mode !== undefined ? { mode: input.mode } : {}),
      ...(input.agenda !== undefined ? { agenda: input.agenda || null } : {}),
      ...(retimed
        ? { status: "proposed", proposed_by: actor.userId, proposed_at: now, confirmed_by: null, confirmed_at: null }
        : {}),
      sequence: row.sequence + 1,
    });
    if (retimed) {
      await insertContactEvent(trx, {
        relationshipId: ids.relationshipId,
        actorId: actor.userId,
        kind: "session_proposed",
        at: now,
      });
    }
    return { session: await readSession(trx, pair, row.id, now), pair, retimed };
  });
  const { session, pair, retimed } = result;
  if (retimed) {
    await sendNotices(ctx, [
      {
        userId: pair.other.id,
        notice: NOTICES.sessionProposed(pair.you.displayName, labelFor(session, pair.other.id), ids.relationshipId),
      },
    ]);
  }
  return session;
}
