import type { MentoringGoal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { findGoal, findMilestone, setMilestoneDone, updateGoal } from "./goals-repository.js";
import { readGoal } from "./list-goals.js";
import { loadWritablePair } from "./membership.js";

/** Ticks a milestone (recording who and when) or unticks it; ticking twice keeps the first tick. */
export async function markMilestone(
  ctx: AppContext,
  actor: Actor,
  ids: { relationshipId: string; goalId: string; milestoneId: string },
  done: boolean,
): Promise<MentoringGoal> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, ids.relationshipId, actor.userId);
    if (!(await findGoal(trx, ids.relationshipId, ids.goalId))) throw notFound("Goal");
    const milestone = await findMilestone(trx, ids.goalId, ids.milestoneId);
    if (!milestone) throw notFound("Milestone");
    const wasDone = milestone.done_at !== null;
    if (done !== wasDone) {
      await setMilestoneDone(trx, milestone.id, done ? actor.userId : null, done ? now : null);
      await updateGoal(trx, ids.goalId, { updated_at: now });
      if (done) {
        await insertContactEvent(trx, {
          relationshipId: ids.relationshipId,
          actorId: actor.userId,
          kind: "milestone_done",
          at: now,
        });
      }
    }
    return readGoal(trx, pair, ids.goalId);
  });
}
