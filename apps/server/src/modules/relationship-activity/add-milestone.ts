import type { MentoringGoal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { invalidField, notFound } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { findGoal, insertMilestones, updateGoal } from "./goals-repository.js";
import { readGoal } from "./list-goals.js";
import { loadWritablePair } from "./membership.js";

export const MAX_MILESTONES = 20;

export async function addMilestone(
  ctx: AppContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  title: string,
): Promise<MentoringGoal> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    if (!(await findGoal(trx, relationshipId, goalId))) throw notFound("Goal");
    const before = await readGoal(trx, pair, goalId);
    if (before.milestones.length >= MAX_MILESTONES) {
      throw invalidField("title", `A goal has at most ${MAX_MILESTONES} milestones`);
    }
    await insertMilestones(trx, goalId, [title], actor.userId, now);
    await updateGoal(trx, goalId, { updated_at: now });
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "milestone_added", at: now });
    return readGoal(trx, pair, goalId);
  });
}
