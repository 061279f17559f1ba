import type { AppContext } from "../../context.js";
import { pairStateChanged } from "../messaging/index.js";
import { NOTICES, sendNotices } from "./notices.js";
import { factsOf } from "./party.js";
import { recordEvent } from "./record-transition.js";
import { lockRelationship } from "./relationships-repository.js";
import { closeChanges } from "./transition-relationship.js";
import { mayTransition } from "./transitions.js";

/**
 * A scheduled job closes a relationship (the table lets the system close only for inactivity).
 * Returns false when it is no longer open to closing, so a job may call it repeatedly.
 */
export async function closeBySystem(ctx: AppContext, relationshipId: string, reason: "inactivity"): Promise<boolean> {
  const rel = await ctx.database.transaction(async (trx) => {
    const row = await lockRelationship(trx, relationshipId);
    if (!row || !mayTransition(factsOf(row), "close", "system", reason)) return null;
    await recordEvent(ctx, trx, row, {
      action: "close",
      actor: "system",
      actorId: null,
      toStatus: "closed",
      reason,
      changes: closeChanges(reason, ctx.clock.now()),
    });
    return row;
  });
  if (!rel) return false;
  await sendNotices(ctx, [
    { userId: rel.mentee_id, notice: NOTICES.closed(rel.id, reason, true) },
    { userId: rel.mentor_id, notice: NOTICES.closed(rel.id, reason, false) },
  ]);
  await pairStateChanged(ctx, rel.id);
  return true;
}
