import type { MentoringGoal } from "@mentalverse/shared";
import type { GoalRow, GoalUpdateRow, MilestoneRow } from "./goals-repository.js";
import type { Pair } from "./membership.js";

/** Authors are always one of the two members; names come from the pair, not from each row. */
export function personIn(pair: Pair, userId: string) {
  const member = userId === pair.mentee.id ? pair.mentee : pair.mentor;
  return { id: member.id, displayName: member.displayName };
}

export function presentGoals(
  pair: Pair,
  goals: readonly GoalRow[],
  milestones: readonly MilestoneRow[],
  updates: readonly GoalUpdateRow[],
): MentoringGoal[] {
  return goals.map((goal) => {
    const own = updates.filter((u) => u.goal_id === goal.id);
    return {
      id: goal.id,
      relationshipId: goal.relationship_id,
      title: goal.title,
      description: goal.description,
      targetDate: goal.target_date,
      status: goal.status,
      percent: own[0]?.percent ?? 0,
      createdBy: personIn(pair, goal.created_by),
      createdAt: goal.created_at.toISOString(),
      updatedAt: goal.updated_at.toISOString(),
      milestones: milestones
        .filter((m) => m.goal_id === goal.id)
        .map((m) => ({
          id: m.id,
          title: m.title,
          done: m.done_at !== null,
          doneBy: m.done_by ? personIn(pair, m.done_by) : null,
          doneAt: m.done_at?.toISOString() ?? null,
          createdAt: m.created_at.toISOString(),
        })),
      updates: own.map((u) => ({
        id: u.id,
        note: u.note,
        percent: u.percent,
        author: personIn(pair, u.author_id),
        createdAt: u.created_at.toISOString(),
      })),
    };
  });
}
