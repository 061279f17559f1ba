import { RELATIONSHIP_PHASES, type RelationshipDetail, type RelationshipPhase } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { NOTICES } from "./notices.js";
import { nameOf, otherId, partyAction, requireActive } from "./party-action.js";
import { nextPhase, phaseOf } from "./phases.js";
import { recordEvent } from "./record-transition.js";
import { updateRelationship } from "./relationships-repository.js";

/**
 * One of the pair confirms moving to the next phase; when the second confirms, the phase changes
 * (timestamped, audited) and both are told. The suggestion is advice: confirming early is allowed.
 */
export async function confirmPhaseAdvance(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  toPhase: RelationshipPhase,
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    requireActive(rel, "Moving on");
    const next = nextPhase(phaseOf(rel.phase));
    if (next !== toPhase) {
      throw conflict(next ? `The next phase is ${next}` : "This is the last phase; plan your graduation instead", [
        { field: "toPhase", reason: "Not the next phase" },
      ]);
    }
    const now = ctx.clock.now();
    const theirs = party === "mentee" ? rel.advance_mentor_at : rel.advance_mentee_at;
    const meta = { actor: party, actorId: actor.userId, ip: actor.ip, requestId: actor.requestId };
    if (!theirs || rel.advance_to !== toPhase) {
      await updateRelationship(trx, rel.id, {
        advance_to: toPhase,
        advance_mentee_at: party === "mentee" ? now : null,
        advance_mentor_at: party === "mentor" ? now : null,
      });
      await recordEvent(ctx, trx, rel, { ...meta, action: "confirm_phase", reason: toPhase });
      return [{ userId: otherId(rel, party), notice: NOTICES.phaseConfirmRequested(rel.id, nameOf(rel, party)) }];
    }
    await recordEvent(ctx, trx, rel, {
      ...meta,
      action: "advance_phase",
      toPhase,
      changes: {
        advance_to: null,
        advance_mentee_at: null,
        advance_mentor_at: null,
        phase_started_at: now,
      },
    });
    const label = RELATIONSHIP_PHASES.find((p) => p.id === toPhase)?.label ?? toPhase;
    return [rel.mentee_id, rel.mentor_id].map((userId) => ({ userId, notice: NOTICES.phaseAdvanced(rel.id, label) }));
  });
}
