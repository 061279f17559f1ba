import type { CreateGoalRequest, MentoringGoal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { insertGoal, insertMilestones } from "./goals-repository.js";
import { readGoal } from "./list-goals.js";
import { loadWritablePair } from "./membership.js";

/** Either member sets a goal for the pair, optionally with its first milestones. */
export async function createGoal(
  ctx: AppContext,
  actor: Actor,
  relationshipId: string,
  input: CreateGoalRequest,
): Promise<MentoringGoal> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    const goal = await insertGoal(trx, {
      relationshipId,
      title: input.title,
      description: input.description || null,
      targetDate: input.targetDate ?? null,
      createdBy: actor.userId,
      now,
    });
    await insertMilestones(trx, goal.id, input.milestones ?? [], actor.userId, now);
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "goal_created", at: now });
    return readGoal(trx, pair, goal.id);
  });
}
