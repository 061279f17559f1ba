import { SESSION_MODE_LABELS } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { serializeCalendar } from "./ics.js";
import { loadPair } from "./membership.js";
import { requireSession } from "./read-sessions.js";
import { endOf } from "./sessions-presenter.js";

const STATUS = { proposed: "TENTATIVE", scheduled: "CONFIRMED", cancelled: "CANCELLED" } as const;

/**
 * One session as an iCalendar file for the caller's calendar, in UTC (calendars show it in their own
 * zone). It carries the mode and agenda only: never the summary or anyone's private notes.
 */
export async function exportSessionCalendar(
  ctx: AppContext,
  userId: string,
  ids: { relationshipId: string; sessionId: string },
): Promise<{ filename: string; text: string }> {
  const pair = await loadPair(ctx.db, ids.relationshipId, userId);
  const row = await requireSession(ctx.db, pair, ids.sessionId);
  const host = new URL(ctx.config.publicUrl).hostname;
  const description = [
    SESSION_MODE_LABELS[row.mode],
    row.agenda ? `Agenda: ${row.agenda}` : null,
    "Peer mentoring is not crisis care. If you are in danger, call your local emergency number.",
  ]
    .filter((line): line is string => line !== null)
    .join("\n\n");
  const text = serializeCalendar([
    {
      uid: `${row.id}@${host}`,
      stamp: ctx.clock.now(),
      start: row.starts_at,
      end: endOf(row),
      summary: `Mentoring session with ${pair.other.displayName}`,
      description,
      url: `${ctx.config.publicUrl}/relationships/${pair.id}`,
      status: STATUS[row.status],
      sequence: row.sequence,
    },
  ]);
  return { filename: `mentoring-session-${row.starts_at.toISOString().slice(0, 10)}.ics`, text };
}
