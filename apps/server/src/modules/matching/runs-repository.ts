import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MatchRunStatus, MatchRunsTable } from "../../db/schema.js";

export type MatchRunRow = Selectable<MatchRunsTable> & { started_by_name: string | null };

export async function insertRun(
  db: Db,
  values: { kind: "batch" | "single"; startedBy: string | null; menteeId: string | null; now: Date },
): Promise<string> {
  const row = await db
    .insertInto("match_runs")
    .values({
      kind: values.kind,
      status: "queued",
      started_by: values.startedBy,
      mentee_id: values.menteeId,
      created_at: values.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Moves a queued run to running; false when another worker already took it. */
export async function claimRun(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable("match_runs")
    .set({ status: "running", started_at: now })
    .where("id", "=", id)
    .where("status", "=", "queued")
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function finishRun(
  db: Db,
  id: string,
  values: { status: Extract<MatchRunStatus, "completed" | "failed">; now: Date; stats?: object; error?: string },
): Promise<void> {
  await db
    .updateTable("match_runs")
    .set({
      status: values.status,
      finished_at: values.now,
      stats: values.stats ? JSON.stringify(values.stats) : null,
      error: values.error ?? null,
    })
    .where("id", "=", id)
    .execute();
}

function runsWithNames(db: Db) {
  return db
    .selectFrom("match_runs as r")
    .leftJoin("users as u", "u.id", "r.started_by")
    .selectAll("r")
    .select("u.display_name as started_by_name");
}

export async function findRun(db: Db, id: string): Promise<MatchRunRow | undefined> {
  return runsWithNames(db).where("r.id", "=", id).executeTakeFirst();
}

/** Newest first. */
export async function listRuns(db: Db, page: { kind?: "batch" | "single" | undefined; limit: number; offset: number }) {
  let rows = runsWithNames(db);
  let count = db.selectFrom("match_runs");
  if (page.kind) {
    rows = rows.where("r.kind", "=", page.kind);
    count = count.where("kind", "=", page.kind);
  }
  const found = await rows
    .orderBy("r.created_at", "desc")
    .orderBy("r.id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const n = await count.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows: found, total: Number(n.n) };
}

/** A batch queued or running since `since`; older ones count as lost with the process that ran them. */
export async function findUnfinishedBatch(db: Db, since: Date): Promise<{ id: string } | undefined> {
  return db
    .selectFrom("match_runs")
    .select("id")
    .where("kind", "=", "batch")
    .where("status", "in", ["queued", "running"])
    .where("created_at", ">", since)
    .executeTakeFirst();
}
