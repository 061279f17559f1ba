import {
  type CloseReason,
  type RelationshipDetail,
  TRANSITIONS,
  type TransitionAction,
  type TransitionActor,
} from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import { conflict, forbidden, notFound } from "../../lib/errors.js";
import { pairStateChanged } from "../messaging/index.js";
import type { RequestActor } from "./actor.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { factsOf } from "./party.js";
import { partyAction } from "./party-action.js";
import { recordEvent } from "./record-transition.js";
import { lockRelationship, type RelationshipRecord } from "./relationships-repository.js";
import { supervisesRelationship } from "./supervision.js";
import { checkTransition, staffActorFor } from "./transitions.js";

export type StateAction = "pause" | "resume" | "close";
export interface StateInput {
  reason?: CloseReason;
}

const STAFF_NAMES: Partial<Record<TransitionActor, string>> = {
  supervisor: "A supervisor",
  safety: "The safety team",
  admin: "An administrator",
};

/** What a close changes besides the state: when it ended, why, and the mentee's rematch offer. */
export function closeChanges(reason: CloseReason, now: Date) {
  return {
    close_reason: reason,
    ended_at: now,
    rematch_offer: "closed",
    rematch_offered_at: now,
    advance_to: null,
    advance_mentee_at: null,
    advance_mentor_at: null,
    graduation_mentee_at: null,
    graduation_mentor_at: null,
  };
}

/** Throws 403 or 409 unless the check passed. */
export function enforce(
  result: "ok" | "forbidden" | "conflict",
  rel: RelationshipRecord,
  action: TransitionAction,
): void {
  if (result === "forbidden")
    throw forbidden(`You may not ${action} this relationship${action === "close" ? " for that reason" : ""}`);
  if (result === "conflict") {
    throw conflict(`This ${rel.status} relationship cannot ${action} now`, [
      { field: "status", reason: `Not allowed from ${rel.status} in ${rel.phase}` },
    ]);
  }
}

async function apply(
  ctx: AppContext,
  trx: Tx,
  rel: RelationshipRecord,
  actor: RequestActor,
  role: TransitionActor,
  action: StateAction,
  input: StateInput,
): Promise<Notice[]> {
  const now = ctx.clock.now();
  const to = TRANSITIONS[action].to;
  await recordEvent(ctx, trx, rel, {
    action,
    actor: role,
    actorId: actor.userId,
    ip: actor.ip,
    requestId: actor.requestId,
    toStatus: to,
    reason: input.reason ?? null,
    changes: action === "close" && input.reason ? closeChanges(input.reason, now) : {},
  });
  const by = STAFF_NAMES[role] ?? (role === "mentee" ? rel.mentee_name : rel.mentor_name);
  const recipients =
    role === "mentee" ? [rel.mentor_id] : role === "mentor" ? [rel.mentee_id] : [rel.mentee_id, rel.mentor_id];
  return recipients.map((userId) => ({
    userId,
    notice:
      action === "pause"
        ? NOTICES.paused(rel.id, by)
        : action === "resume"
          ? NOTICES.resumed(rel.id, by)
          : NOTICES.closed(rel.id, input.reason ?? "poor_fit", userId === rel.mentee_id),
  }));
}

/** One of the pair pauses, resumes or closes their relationship (close reasons per CLOSE_PERMISSIONS). */
export async function transitionAsParty(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  action: StateAction,
  input: StateInput,
): Promise<RelationshipDetail> {
  const detail = await partyAction(ctx, actor, id, async (trx, rel, party) => {
    enforce(checkTransition(factsOf(rel), action, party, input.reason), rel, action);
    return apply(ctx, trx, rel, actor, party, action, input);
  });
  await pairStateChanged(ctx, id);
  return detail;
}

/** Staff pause, resume or close a relationship they oversee; the role they act in is recorded. */
export async function transitionAsStaff(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  action: StateAction,
  input: StateInput,
): Promise<void> {
  const notices = await ctx.database.transaction(async (trx) => {
    const rel = await lockRelationship(trx, id);
    if (!rel || !(await supervisesRelationship(trx, actor, rel.id))) throw notFound("Relationship");
    const role = staffActorFor(actor.roles, action, input.reason);
    enforce(role ? checkTransition(factsOf(rel), action, role, input.reason) : "forbidden", rel, action);
    if (!role) throw forbidden();
    return apply(ctx, trx, rel, actor, role, action, input);
  });
  await sendNotices(ctx, notices);
  await pairStateChanged(ctx, id);
}
