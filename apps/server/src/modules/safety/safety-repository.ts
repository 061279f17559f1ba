import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MatchingHoldsTable, RiskLevel, SafetyCasesTable } from "../../db/schema.js";

export type SafetyCaseRow = Selectable<SafetyCasesTable>;
export type MatchingHoldRow = Selectable<MatchingHoldsTable>;
export type SafetyCaseStatus = SafetyCaseRow["status"];
export type SafetyCaseListRow = SafetyCaseRow & { member_name: string | null; assignee_name: string | null };

export async function insertSafetyCase(
  db: Db,
  values: { userId: string; screeningId: string; risk: RiskLevel; now: Date },
): Promise<SafetyCaseRow> {
  return db
    .insertInto("safety_cases")
    .values({
      user_id: values.userId,
      screening_id: values.screeningId,
      risk: values.risk,
      status: "open",
      opened_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function casesWithNames(db: Db) {
  return db
    .selectFrom("safety_cases as c")
    .leftJoin("users as m", "m.id", "c.user_id")
    .leftJoin("users as a", "a.id", "c.assignee_id")
    .selectAll("c")
    .select(["m.display_name as member_name", "a.display_name as assignee_name"]);
}

/** The queue: highest risk first, then oldest first, so the most urgent unresolved case leads. */
export async function searchSafetyCases(
  db: Db,
  search: { status?: SafetyCaseStatus | undefined; limit: number; offset: number },
): Promise<{ rows: SafetyCaseListRow[]; total: number }> {
  let rows = casesWithNames(db);
  let count = db.selectFrom("safety_cases");
  if (search.status) {
    rows = rows.where("c.status", "=", search.status);
    count = count.where("status", "=", search.status);
  }
  const page = await rows
    .orderBy((eb) => eb.case().when("c.risk", "=", "high").then(0).else(1).end())
    .orderBy("c.opened_at", "asc")
    .orderBy("c.id")
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const n = await count.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows: page, total: Number(n.n) };
}

export async function findSafetyCase(db: Db, id: string): Promise<SafetyCaseListRow | undefined> {
  return casesWithNames(db).where("c.id", "=", id).executeTakeFirst();
}

/** Locks the case row for the rest of the transaction, so two reviewers cannot resolve it at once. */
export async function lockSafetyCase(db: Db, id: string): Promise<SafetyCaseRow | undefined> {
  return db.selectFrom("safety_cases").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function assignSafetyCase(db: Db, id: string, assigneeId: string, now: Date): Promise<void> {
  await db
    .updateTable("safety_cases")
    .set({ status: "assigned", assignee_id: assigneeId, assigned_at: now })
    .where("id", "=", id)
    .execute();
}

export async function resolveSafetyCase(db: Db, id: string, by: string, note: string, now: Date): Promise<void> {
  await db
    .updateTable("safety_cases")
    .set({ status: "resolved", resolved_by: by, resolved_at: now, resolution_note: note })
    .where("id", "=", id)
    .execute();
}

export async function findActiveMatchingHold(db: Db, userId: string): Promise<MatchingHoldRow | undefined> {
  return db
    .selectFrom("matching_holds")
    .selectAll()
    .where("user_id", "=", userId)
    .where("cleared_at", "is", null)
    .executeTakeFirst();
}

/** Holds matching unless a hold is already active; returns whether this call placed it. */
export async function placeMatchingHold(
  db: Db,
  values: { userId: string; caseId: string; reason: string; now: Date },
): Promise<boolean> {
  const row = await db
    .insertInto("matching_holds")
    .values({ user_id: values.userId, case_id: values.caseId, reason: values.reason, created_at: values.now })
    .onConflict((oc) => oc.column("user_id").where("cleared_at", "is", null).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function clearMatchingHold(
  db: Db,
  userId: string,
  by: string,
  now: Date,
): Promise<MatchingHoldRow | undefined> {
  return db
    .updateTable("matching_holds")
    .set({ cleared_at: now, cleared_by: by })
    .where("user_id", "=", userId)
    .where("cleared_at", "is", null)
    .returningAll()
    .executeTakeFirst();
}

export async function findSafetyTeamIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("user_roles").select("user_id").where("role", "=", "safety").execute();
  return rows.map((r) => r.user_id);
}

export async function holdsRole(db: Db, userId: string, role: "safety"): Promise<boolean> {
  const row = await db
    .selectFrom("user_roles")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("role", "=", role)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findCaseForScreening(db: Db, screeningId: string): Promise<SafetyCaseRow | undefined> {
  return db.selectFrom("safety_cases").selectAll().where("screening_id", "=", screeningId).executeTakeFirst();
}

export async function raiseCaseRisk(db: Db, id: string, risk: RiskLevel): Promise<void> {
  await db.updateTable("safety_cases").set({ risk }).where("id", "=", id).execute();
}

export async function appendResolutionNote(db: Db, id: string, addition: string): Promise<void> {
  const row = await db.selectFrom("safety_cases").select("resolution_note").where("id", "=", id).executeTakeFirst();
  const note = row?.resolution_note ? `${row.resolution_note}\n\n${addition}` : addition;
  await db.updateTable("safety_cases").set({ resolution_note: note }).where("id", "=", id).execute();
}

/** Cases of the member other than this one that are not resolved yet (each may rely on the member's hold). */
export async function countOtherUnresolvedCases(db: Db, userId: string, exceptCaseId: string): Promise<number> {
  const row = await db
    .selectFrom("safety_cases")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("id", "<>", exceptCaseId)
    .where("status", "<>", "resolved")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
