import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RiskLevel, ScreeningRequestsTable, ScreeningsTable } from "../../db/schema.js";

export type ScreeningRow = Selectable<ScreeningsTable>;
export type ScreeningRequestRow = Selectable<ScreeningRequestsTable>;
export type CssrsAnswerMap = Record<string, boolean | null>;

export async function findDraftScreening(db: Db, userId: string): Promise<ScreeningRow | undefined> {
  return db
    .selectFrom("screenings")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", "draft")
    .executeTakeFirst();
}

/** Creates or replaces the member's one screening in progress. */
export async function upsertDraftScreening(
  db: Db,
  userId: string,
  answers: CssrsAnswerMap,
  country: string | null,
  now: Date,
): Promise<ScreeningRow> {
  return db
    .insertInto("screenings")
    .values({
      user_id: userId,
      status: "draft",
      answers: JSON.stringify(answers),
      country,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column("user_id")
        .where("status", "=", "draft")
        // A save that does not name the country keeps the one given earlier.
        .doUpdateSet((eb) => ({
          answers: JSON.stringify(answers),
          country: eb.fn.coalesce(eb.ref("excluded.country"), eb.ref("screenings.country")),
          updated_at: now,
        })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function completeScreening(
  db: Db,
  id: string,
  values: { risk: RiskLevel; reasons: readonly string[]; country: string | null; now: Date },
): Promise<ScreeningRow> {
  return db
    .updateTable("screenings")
    .set({
      status: "complete",
      risk: values.risk,
      reasons: JSON.stringify(values.reasons),
      country: values.country,
      updated_at: values.now,
      completed_at: values.now,
    })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findScreening(db: Db, id: string): Promise<ScreeningRow | undefined> {
  return db.selectFrom("screenings").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A member's screenings, the one in progress first, then newest first. */
export async function listScreeningsOf(db: Db, userId: string): Promise<ScreeningRow[]> {
  return db
    .selectFrom("screenings")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("completed_at", (ob) => ob.desc().nullsFirst())
    .orderBy("created_at", "desc")
    .execute();
}

export async function findLastCompleteScreening(db: Db, userId: string): Promise<ScreeningRow | undefined> {
  return db
    .selectFrom("screenings")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", "complete")
    .orderBy("completed_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Opens a request unless one is already open; returns whether this call opened it. */
export async function openScreeningRequest(
  db: Db,
  userId: string,
  reason: ScreeningRequestRow["reason"],
  now: Date,
): Promise<boolean> {
  const row = await db
    .insertInto("screening_requests")
    .values({ user_id: userId, reason, created_at: now })
    .onConflict((oc) => oc.column("user_id").where("fulfilled_at", "is", null).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function findOpenScreeningRequest(db: Db, userId: string): Promise<ScreeningRequestRow | undefined> {
  return db
    .selectFrom("screening_requests")
    .selectAll()
    .where("user_id", "=", userId)
    .where("fulfilled_at", "is", null)
    .executeTakeFirst();
}

export async function fulfilScreeningRequests(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("screening_requests")
    .set({ fulfilled_at: now })
    .where("user_id", "=", userId)
    .where("fulfilled_at", "is", null)
    .execute();
}

/** Members whose newest complete screening finished at or before `before`, with that time. */
export async function findScreeningsDueBefore(db: Db, before: Date): Promise<{ user_id: string; basis_at: Date }[]> {
  return db
    .selectFrom("screenings")
    .select(["user_id", (eb) => eb.fn.max("completed_at").as("basis_at")])
    .where("status", "=", "complete")
    .groupBy("user_id")
    .having((eb) => eb.fn.max("completed_at"), "<=", before)
    .execute() as Promise<{ user_id: string; basis_at: Date }[]>;
}
