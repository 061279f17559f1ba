import type { MentoringSession } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { loadWritablePair, memberOf } from "./membership.js";
import { readSession, requireSession } from "./read-sessions.js";
import { upsertAttendance } from "./session-records-repository.js";

/**
 * Either member records whether either of them attended an agreed session once it has started;
 * a later record replaces an earlier one. Attending counts as contact at the session's start.
 */
export async function recordAttendance(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; sessionId: string },
  input: { memberId: string; status: "attended" | "missed" },
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    const member = memberOf(pair, input.memberId, "memberId");
    const row = await requireSession(trx, pair, ids.sessionId);
    if (row.status !== "scheduled") {
      throw conflict(`Attendance is recorded for agreed sessions; this one is ${row.status}`);
    }
    if (row.starts_at > now) throw conflict("Attendance can be recorded once the session has started");
    await upsertAttendance(trx, {
      sessionId: row.id,
      memberId: member.id,
      status: input.status,
      recordedBy: actor.userId,
      now,
    });
    if (input.status === "attended") {
      await insertContactEvent(trx, {
        relationshipId: ids.relationshipId,
        actorId: member.id,
        kind: "session_attended",
        at: row.starts_at,
      });
    }
    return readSession(trx, pair, row.id, now);
  });
}
