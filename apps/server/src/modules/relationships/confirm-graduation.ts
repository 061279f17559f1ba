import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import { pairStateChanged } from "../messaging/index.js";
import type { RequestActor } from "./actor.js";
import { NOTICES } from "./notices.js";
import { factsOf } from "./party.js";
import { nameOf, otherId, partyAction } from "./party-action.js";
import { recordEvent } from "./record-transition.js";
import { enforce } from "./transition-relationship.js";
import { checkTransition } from "./transitions.js";

/** One of the pair confirms graduation (a plan must exist); the second confirmation is the graduation moment. */
export async function confirmGraduation(ctx: AppContext, actor: RequestActor, id: string): Promise<RelationshipDetail> {
  const detail = await partyAction(ctx, actor, id, async (trx, rel, party) => {
    enforce(checkTransition(factsOf(rel), "graduate", party), rel, "graduate");
    if (!rel.graduation_plan) {
      throw conflict("Write your graduation plan and target date first", [{ field: "plan", reason: "No plan yet" }]);
    }
    const theirs = party === "mentee" ? rel.graduation_mentor_at : rel.graduation_mentee_at;
    const now = ctx.clock.now();
    const meta = { actor: party, actorId: actor.userId, ip: actor.ip, requestId: actor.requestId };
    const mine = party === "mentee" ? "graduation_mentee_at" : "graduation_mentor_at";
    if (!theirs) {
      await recordEvent(ctx, trx, rel, { ...meta, action: "confirm_graduation", changes: { [mine]: now } });
      return [{ userId: otherId(rel, party), notice: NOTICES.graduationConfirmRequested(rel.id, nameOf(rel, party)) }];
    }
    await recordEvent(ctx, trx, rel, {
      ...meta,
      action: "graduate",
      toStatus: "graduated",
      changes: { [mine]: now, ended_at: now },
    });
    return [
      { userId: rel.mentee_id, notice: NOTICES.graduated(rel.id, true) },
      { userId: rel.mentor_id, notice: NOTICES.graduated(rel.id, false) },
    ];
  });
  if (detail.status === "graduated") await pairStateChanged(ctx, id);
  return detail;
}
