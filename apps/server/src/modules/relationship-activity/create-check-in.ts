import type { CreateCheckInRequest, CreateCheckInResponse } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { CrisisLine } from "../screening/crisis-resources.js";
import { requestScreening, sendScreeningRequestNotice } from "../screening/request-screening.js";
import type { Actor } from "./actor.js";
import { presentCheckIn } from "./check-ins-presenter.js";
import { insertCheckIn } from "./check-ins-repository.js";
import { insertContactEvent } from "./contact-repository.js";
import { loadWritablePair } from "./membership.js";
import { NOTICES, sendNotices } from "./notices.js";
import { supportFor, VERY_LOW_MOOD } from "./support.js";

/**
 * A mood from 1 to 5 and an optional note, by either member. A very low mood always comes back
 * with crisis lines, is audited (the level, never the note), asks the member for a safety screening
 * (which routes real risk to the safety team) and tells the other member plainly, with the reminder
 * that they are a peer and not crisis care.
 */
export async function createCheckIn(
  ctx: AppContext,
  lines: readonly CrisisLine[],
  actor: Actor,
  relationshipId: string,
  input: CreateCheckInRequest,
): Promise<CreateCheckInResponse> {
  const now = ctx.clock.now();
  const veryLow = input.mood <= VERY_LOW_MOOD;
  const { checkIn, pair, screeningRequested } = await ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    const row = await insertCheckIn(trx, {
      relationshipId,
      authorId: actor.userId,
      mood: input.mood,
      note: input.note || null,
      now,
    });
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "check_in", at: now });
    if (veryLow) {
      await ctx.audit.record(
        {
          action: "relationship.very_low_mood",
          actorId: actor.userId,
          subjectId: actor.userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { relationshipId, checkInId: row.id, role: pair.you.role },
        },
        trx,
      );
    }
    const screeningRequested = veryLow && (await requestScreening(ctx, trx, actor.userId, "on_demand"));
    return { checkIn: presentCheckIn(pair, row), pair, screeningRequested };
  });
  const notice = veryLow
    ? NOTICES.veryLowMood(pair.you.displayName, relationshipId)
    : NOTICES.checkIn(pair.you.displayName, relationshipId);
  await sendNotices(ctx, [{ userId: pair.other.id, notice }]);
  if (screeningRequested) await sendScreeningRequestNotice(ctx, actor.userId);
  return { checkIn, support: veryLow ? await supportFor(ctx.db, lines, actor.userId, actor.userId) : null };
}
