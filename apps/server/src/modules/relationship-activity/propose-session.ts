import type { MentoringSession, ProposeSessionRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { labelFor } from "./list-sessions.js";
import { loadWritablePair } from "./membership.js";
import { NOTICES, sendNotices } from "./notices.js";
import { readSession } from "./read-sessions.js";
import { insertSession } from "./sessions-repository.js";

/** A start time that has not passed; sessions are planned, past ones are not invented afterwards. */
export function futureStart(startsAt: string, now: Date): Date {
  const start = new Date(startsAt);
  if (start <= now) throw invalidField("startsAt", "Pick a time in the future");
  return start;
}

/** Either member suggests a time; the other confirms it (or suggests another). */
export async function proposeSession(
  ctx: AppContext,
  actor: Actor,
  relationshipId: string,
  input: ProposeSessionRequest,
): Promise<MentoringSession> {
  const now = ctx.clock.now();
  const startsAt = futureStart(input.startsAt, now);
  const { session, pair } = await ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    const row = await insertSession(trx, {
      relationshipId,
      startsAt,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      agenda: input.agenda || null,
      proposedBy: actor.userId,
      now,
    });
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "session_proposed", at: now });
    return { session: await readSession(trx, pair, row.id, now), pair };
  });
  await sendNotices(ctx, [
    {
      userId: pair.other.id,
      notice: NOTICES.sessionProposed(pair.you.displayName, labelFor(session, pair.other.id), relationshipId),
    },
  ]);
  return session;
}
