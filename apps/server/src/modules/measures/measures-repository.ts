import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MeasureResponsesTable } from "../../db/schema.js";

export type MeasureResponseRow = Selectable<MeasureResponsesTable>;
export type InstrumentId = MeasureResponseRow["instrument"];
export type MeasureAnswerMap = Record<string, number | null>;

/** Creates or replaces the member's one open draft of an instrument. */
export async function upsertMeasureDraft(
  db: Db,
  values: { userId: string; instrument: InstrumentId; answers: MeasureAnswerMap; now: Date },
): Promise<MeasureResponseRow> {
  const answers = JSON.stringify(values.answers);
  return db
    .insertInto("measure_responses")
    .values({
      user_id: values.userId,
      instrument: values.instrument,
      status: "draft",
      answers,
      created_at: values.now,
      updated_at: values.now,
    })
    .onConflict((oc) =>
      oc
        .columns(["user_id", "instrument"])
        .where("status", "=", "draft")
        .doUpdateSet({ answers, updated_at: values.now }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ScoredValues {
  userId: string;
  instrument: InstrumentId;
  answers: MeasureAnswerMap;
  total: number;
  score: number;
  band: string;
  now: Date;
}

/** Completes the open draft if there is one, otherwise records a new complete response. Never edits a complete one. */
export async function completeMeasureResponse(db: Db, v: ScoredValues): Promise<MeasureResponseRow> {
  const scored = {
    status: "complete" as const,
    answers: JSON.stringify(v.answers),
    total: v.total,
    score: v.score,
    band: v.band,
    updated_at: v.now,
    completed_at: v.now,
  };
  const updated = await db
    .updateTable("measure_responses")
    .set(scored)
    .where("user_id", "=", v.userId)
    .where("instrument", "=", v.instrument)
    .where("status", "=", "draft")
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated;
  return db
    .insertInto("measure_responses")
    .values({ ...scored, user_id: v.userId, instrument: v.instrument, created_at: v.now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A member's responses: complete ones oldest first (the first per instrument is the baseline), then drafts. */
export async function listMeasureResponsesOf(db: Db, userId: string): Promise<MeasureResponseRow[]> {
  return db
    .selectFrom("measure_responses")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("completed_at", (ob) => ob.asc().nullsLast())
    .orderBy("created_at", "asc")
    .orderBy("id")
    .execute();
}

/** Members whose newest complete measure finished at or before `before`, with that time. */
export async function findMeasuresDueBefore(db: Db, before: Date): Promise<{ user_id: string; basis_at: Date }[]> {
  return db
    .selectFrom("measure_responses")
    .select(["user_id", (eb) => eb.fn.max("completed_at").as("basis_at")])
    .where("status", "=", "complete")
    .groupBy("user_id")
    .having((eb) => eb.fn.max("completed_at"), "<=", before)
    .execute() as Promise<{ user_id: string; basis_at: Date }[]>;
}
