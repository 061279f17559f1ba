import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { ALERT_REPEAT_WINDOW_MS } from "./report-limits.js";
import { appendReportNote, findRecentOpenAlert } from "./reports-repository.js";

/**
 * Instead of refusing a repeated alert (never for someone who may be in crisis), folds it into the
 * same member's unresolved alert of the same kind about the same conversation raised within the
 * window: the answer is that alert, its note gains what they wrote this time, and the caller pages
 * nobody again. The window counts from when that alert was first raised (there is no
 * last_raised_at column), so someone still waiting after it pages the team afresh. Once the team
 * resolves an alert, the next one is new whenever it comes.
 */
export async function collapseRepeatedAlert(
  db: Db,
  clock: Clock,
  alert: {
    kind: "crisis_alert" | "worried_alert";
    reporterId: string;
    conversationId: string | null;
    note: string | null;
  },
): Promise<string | undefined> {
  const now = clock.now();
  const id = await findRecentOpenAlert(db, { ...alert, since: new Date(now.getTime() - ALERT_REPEAT_WINDOW_MS) });
  if (id && alert.note) await appendReportNote(db, id, alert.note, now);
  return id;
}
