import type { AddProgressUpdateRequest, MentoringGoal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { Actor } from "./actor.js";
import { insertContactEvent } from "./contact-repository.js";
import { findGoal, insertGoalUpdate, updateGoal } from "./goals-repository.js";
import { readGoal } from "./list-goals.js";
import { loadWritablePair } from "./membership.js";

/** A note on how the goal is going with a percent; the newest update's percent is the goal's. */
export async function addProgressUpdate(
  ctx: AppContext,
  actor: Actor,
  relationshipId: string,
  goalId: string,
  input: AddProgressUpdateRequest,
): Promise<MentoringGoal> {
  const now = ctx.clock.now();
  return ctx.database.transaction(async (trx) => {
    const pair = await loadWritablePair(trx, relationshipId, actor.userId);
    if (!(await findGoal(trx, relationshipId, goalId))) throw notFound("Goal");
    await insertGoalUpdate(trx, { goalId, authorId: actor.userId, note: input.note, percent: input.percent, now });
    await updateGoal(trx, goalId, { updated_at: now });
    await insertContactEvent(trx, { relationshipId, actorId: actor.userId, kind: "progress_update", at: now });
    return readGoal(trx, pair, goalId);
  });
}
