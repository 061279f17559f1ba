import type { CheckInListResponse } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import type { CrisisLine } from "../screening/crisis-resources.js";
import { moodSeries, presentCheckIn } from "./check-ins-presenter.js";
import { listCheckInRows } from "./check-ins-repository.js";
import { loadPair } from "./membership.js";
import { recentVeryLowReporter, supportFor } from "./support.js";

/** The pair's check-ins, the mood lines for the chart, and crisis lines while a very low mood is recent. */
export async function listCheckInsOf(
  db: Db,
  lines: readonly CrisisLine[],
  now: Date,
  userId: string,
  relationshipId: string,
): Promise<CheckInListResponse> {
  const pair = await loadPair(db, relationshipId, userId);
  const rows = await listCheckInRows(db, pair.id);
  const reporter = recentVeryLowReporter(rows, now);
  return {
    checkIns: rows.map((r) => presentCheckIn(pair, r)),
    series: moodSeries(pair, rows),
    support: reporter ? await supportFor(db, lines, userId, reporter) : null,
    canWrite: pair.canWrite,
  };
}
