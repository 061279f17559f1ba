import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, invalidField } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { deleteTick, insertTick } from "./checklist-repository.js";
import { partyAction, requireActive } from "./party-action.js";
import { phaseIndex, phaseOf, phaseOfGoal } from "./phases.js";

/** Either of the pair ticks (or unticks) a goal of the current or an earlier phase; who and when is kept. */
export async function tickGoal(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  goalId: string,
  done: boolean,
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    requireActive(rel, "Ticking goals");
    const goalPhase = phaseOfGoal(goalId);
    if (!goalPhase) throw invalidField("goalId", "No phase checklist has this goal");
    if (phaseIndex(goalPhase) > phaseIndex(phaseOf(rel.phase))) {
      throw conflict("This goal belongs to a later phase", [{ field: "goalId", reason: "Later phase" }]);
    }
    if (done)
      await insertTick(trx, { relationship_id: rel.id, goal_id: goalId, ticked_by: party, ticked_at: ctx.clock.now() });
    else await deleteTick(trx, rel.id, goalId);
    return [];
  });
}
