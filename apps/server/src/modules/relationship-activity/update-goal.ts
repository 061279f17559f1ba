import type { MentoringGoal, UpdateGoalRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { findGoal, updateGoal } from "./goals-repository.js";
import { readGoal } from "./list-goals.js";
import { loadWritablePair } from "./membership.js";

/** Either member edits a goal or marks it achieved or set aside (and back to active). */
export async function changeGoal(
  ctx: AppContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: UpdateGoalRequest,
): Promise<MentoringGoal> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    if (!(await findGoal(trx, relationshipId, goalId))) throw notFound("Goal");
    await updateGoal(trx, goalId, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.description !== undefined ? { description: input.description || null } : {}),
      ...(input.targetDate !== undefined ? { target_date: input.targetDate } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: now,
    });
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "goal_changed", at: now });
    return readGoal(trx, pair, goalId);
  });
}
