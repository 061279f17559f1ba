import type { AppContext } from "../../context.js";
import { pairStateChanged } from "../messaging/index.js";
import { findMentorSupervisors, listSupervisorIds } from "../relationship-activity/inactivity-repository.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { factsOf } from "./party.js";
import { recordEvent } from "./record-transition.js";
import {
  listLiveRelationshipIdsBetween,
  lockRelationship,
  type RelationshipRecord,
} from "./relationships-repository.js";
import { closeChanges } from "./transition-relationship.js";
import { mayTransition, type Party } from "./transitions.js";

/** The member who blocked, as the block request came in (for the event and the audit). */
export interface Blocker {
  userId: string;
  ip?: string | null;
  requestId?: string | null;
}

/**
 * One of the pair blocked the other: their live relationship closes at once (reason `blocked`),
 * so the conversation turns read-only and the blocked member can no longer reach them. The table
 * lets only the system close for this reason, so nobody can pick it as a button; the event records
 * the blocker's role. Returns false when the relationship is not live or the blocker is not in it.
 */
export async function closeForBlock(ctx: AppContext, relationshipId: string, blocker: Blocker): Promise<boolean> {
  const closed = await ctx.database.transaction(async (trx) => {
    const row = await lockRelationship(trx, relationshipId);
    if (!row || !mayTransition(factsOf(row), "close", "system", "blocked")) return null;
    const party: Party | null =
      row.mentee_id === blocker.userId ? "mentee" : row.mentor_id === blocker.userId ? "mentor" : null;
    if (!party) return null;
    await recordEvent(ctx, trx, row, {
      action: "close",
      actor: party,
      actorId: blocker.userId,
      ip: blocker.ip ?? null,
      requestId: blocker.requestId ?? null,
      toStatus: "closed",
      reason: "blocked",
      changes: closeChanges("blocked", ctx.clock.now()),
    });
    return { row, party };
  });
  if (!closed) return false;
  // Read-only first: stopping contact matters more than anyone hearing about it.
  await pairStateChanged(ctx, relationshipId);
  await sendNotices(ctx, await noticesFor(ctx, closed.row, closed.party));
  return true;
}

/** Closes every live relationship between the blocker and the member they blocked; returns how many. */
export async function closeLiveRelationshipsForBlock(
  ctx: AppContext,
  blocker: Blocker,
  blockedId: string,
): Promise<number> {
  let closed = 0;
  for (const id of await listLiveRelationshipIdsBetween(ctx.db, blocker.userId, blockedId)) {
    if (await closeForBlock(ctx, id, blocker)) closed += 1;
  }
  return closed;
}

async function noticesFor(ctx: AppContext, rel: RelationshipRecord, party: Party): Promise<Notice[]> {
  const byMentee = party === "mentee";
  const [blockerId, blockedId] = byMentee ? [rel.mentee_id, rel.mentor_id] : [rel.mentor_id, rel.mentee_id];
  const [blockerName, blockedName] = byMentee ? [rel.mentee_name, rel.mentor_name] : [rel.mentor_name, rel.mentee_name];
  // The same people the stuck-pair alert goes to: the mentor's supervisor, else every supervisor.
  // Never either of the pair, even if they hold the role: the blocked member must not learn of it.
  const assigned = (await findMentorSupervisors(ctx.db, [rel.mentor_id])).get(rel.mentor_id);
  const supervisors = (assigned ? [assigned] : await listSupervisorIds(ctx.db)).filter(
    (id) => id !== rel.mentee_id && id !== rel.mentor_id,
  );
  const staffNotice = NOTICES.closedAfterBlock(blockerName, party, blockedName);
  return [
    { userId: blockerId, notice: NOTICES.closedByYourBlock(rel.id, blockedName, byMentee) },
    { userId: blockedId, notice: NOTICES.ended(rel.id, !byMentee) },
    ...supervisors.map((userId) => ({ userId, notice: staffNotice })),
  ];
}
