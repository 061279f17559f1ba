import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipAssessmentsTable } from "../../db/relationships-schema.js";

export type AssessmentRow = Selectable<RelationshipAssessmentsTable>;

export async function listAssessments(db: Db, relationshipId: string): Promise<AssessmentRow[]> {
  return db.selectFrom("relationship_assessments").selectAll().where("relationship_id", "=", relationshipId).execute();
}

export async function listAssessmentsOf(db: Db, relationshipIds: readonly string[]): Promise<AssessmentRow[]> {
  if (relationshipIds.length === 0) return [];
  return db
    .selectFrom("relationship_assessments")
    .selectAll()
    .where("relationship_id", "in", relationshipIds)
    .execute();
}

/** Stores one side's answers; false when that side already answered. */
export async function insertAssessment(
  db: Db,
  values: Omit<AssessmentRow, "answers"> & { answers: Record<string, number> },
): Promise<boolean> {
  const row = await db
    .insertInto("relationship_assessments")
    .values({ ...values, answers: JSON.stringify(values.answers) })
    .onConflict((oc) => oc.columns(["relationship_id", "respondent"]).doNothing())
    .returning("relationship_id")
    .executeTakeFirst();
  return row !== undefined;
}
