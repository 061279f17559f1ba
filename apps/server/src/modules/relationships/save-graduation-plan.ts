import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { partyAction, requireActive } from "./party-action.js";
import { recordEvent } from "./record-transition.js";
import { LAST_PHASE } from "./transitions.js";

/** Either of the pair writes the graduation plan and target date, in the last phase; changing it resets confirmations. */
export async function saveGraduationPlan(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  input: { plan: string; targetDate: string },
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    requireActive(rel, "Graduation planning");
    if (rel.phase !== LAST_PHASE) {
      throw conflict("Graduation is planned in the last phase, Mastery and Independence", [
        { field: "plan", reason: "Not the last phase" },
      ]);
    }
    await recordEvent(ctx, trx, rel, {
      action: "graduation_planned",
      actor: party,
      actorId: actor.userId,
      ip: actor.ip,
      requestId: actor.requestId,
      changes: {
        graduation_plan: input.plan,
        graduation_target: input.targetDate,
        graduation_mentee_at: null,
        graduation_mentor_at: null,
      },
    });
    return [];
  });
}
