import type { MatchRun } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { presentRun } from "./presenter.js";
import { findRun, listRuns } from "./runs-repository.js";

export async function listMatchRuns(
  db: Db,
  query: { kind?: "batch" | "single" | undefined; limit: number; offset: number },
): Promise<{ runs: MatchRun[]; total: number }> {
  const { rows, total } = await listRuns(db, query);
  return { runs: rows.map(presentRun), total };
}

export async function getMatchRun(db: Db, id: string): Promise<MatchRun> {
  const row = await findRun(db, id);
  if (!row) throw notFound("Match run");
  return presentRun(row);
}
