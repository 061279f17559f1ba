import type { MentoringGoal, MentoringGoalListResponse } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { presentGoals } from "./goals-presenter.js";
import { listGoals, listGoalUpdates, listMilestones } from "./goals-repository.js";
import { loadPair, type Pair } from "./membership.js";

export async function listGoalsOf(db: Db, userId: string, relationshipId: string): Promise<MentoringGoalListResponse> {
  const pair = await loadPair(db, relationshipId, userId);
  return { goals: await presentAllGoals(db, pair), canWrite: pair.canWrite };
}

async function presentAllGoals(db: Db, pair: Pair): Promise<MentoringGoal[]> {
  const goals = await listGoals(db, pair.id);
  const ids = goals.map((g) => g.id);
  return presentGoals(pair, goals, await listMilestones(db, ids), await listGoalUpdates(db, ids));
}

/** One goal with its milestones and updates, as every goal route answers. */
export async function readGoal(db: Db, pair: Pair, goalId: string): Promise<MentoringGoal> {
  const goal = (await presentAllGoals(db, pair)).find((g) => g.id === goalId);
  if (!goal) throw notFound("Goal");
  return goal;
}
