import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type {
  RelationshipGoalMilestonesTable,
  RelationshipGoalsTable,
  RelationshipGoalUpdatesTable,
} from "../../db/schema.js";

export type GoalRow = Selectable<RelationshipGoalsTable>;
export type MilestoneRow = Selectable<RelationshipGoalMilestonesTable>;
export type GoalUpdateRow = Selectable<RelationshipGoalUpdatesTable>;

export async function insertGoal(
  db: Db,
  values: {
    relationshipId: string;
    title: string;
    description: string | null;
    targetDate: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<GoalRow> {
  return db
    .insertInto("relationship_goals")
    .values({
      relationship_id: values.relationshipId,
      title: values.title,
      description: values.description,
      target_date: values.targetDate,
      status: "active",
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findGoal(db: Db, relationshipId: string, goalId: string): Promise<GoalRow | undefined> {
  return db
    .selectFrom("relationship_goals")
    .selectAll()
    .where("id", "=", goalId)
    .where("relationship_id", "=", relationshipId)
    .executeTakeFirst();
}

export async function updateGoal(db: Db, goalId: string, changes: Updateable<RelationshipGoalsTable>): Promise<void> {
  await db.updateTable("relationship_goals").set(changes).where("id", "=", goalId).execute();
}

export async function listGoals(db: Db, relationshipId: string): Promise<GoalRow[]> {
  return db
    .selectFrom("relationship_goals")
    .selectAll()
    .where("relationship_id", "=", relationshipId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function insertMilestones(
  db: Db,
  goalId: string,
  titles: readonly string[],
  createdBy: string,
  now: Date,
): Promise<void> {
  if (titles.length === 0) return;
  const last = await db
    .selectFrom("relationship_goal_milestones")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("goal_id", "=", goalId)
    .executeTakeFirst();
  const start = Number(last?.position ?? -1) + 1;
  await db
    .insertInto("relationship_goal_milestones")
    .values(
      titles.map((title, i) => ({
        goal_id: goalId,
        title,
        position: start + i,
        created_by: createdBy,
        created_at: now,
      })),
    )
    .execute();
}

export async function findMilestone(db: Db, goalId: string, milestoneId: string): Promise<MilestoneRow | undefined> {
  return db
    .selectFrom("relationship_goal_milestones")
    .selectAll()
    .where("id", "=", milestoneId)
    .where("goal_id", "=", goalId)
    .executeTakeFirst();
}

export async function setMilestoneDone(db: Db, milestoneId: string, doneBy: string | null, at: Date | null) {
  await db
    .updateTable("relationship_goal_milestones")
    .set({ done_by: doneBy, done_at: at })
    .where("id", "=", milestoneId)
    .execute();
}

export async function listMilestones(db: Db, goalIds: readonly string[]): Promise<MilestoneRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom("relationship_goal_milestones")
    .selectAll()
    .where("goal_id", "in", [...goalIds])
    .orderBy("position")
    .execute();
}

export async function insertGoalUpdate(
  db: Db,
  values: { goalId: string; authorId: string; note: string; percent: number; now: Date },
): Promise<void> {
  await db
    .insertInto("relationship_goal_updates")
    .values({
      goal_id: values.goalId,
      author_id: values.authorId,
      note: values.note,
      percent: values.percent,
      created_at: values.now,
    })
    .execute();
}

/** Newest first. */
export async function listGoalUpdates(db: Db, goalIds: readonly string[]): Promise<GoalUpdateRow[]> {
  if (goalIds.length === 0) return [];
  return db
    .selectFrom("relationship_goal_updates")
    .selectAll()
    .where("goal_id", "in", [...goalIds])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
}
