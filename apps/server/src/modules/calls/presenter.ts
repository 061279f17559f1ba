import type { CallEndReason, CallRecord } from "@mentalverse/shared";
import type { CallRow } from "./calls-repository.js";
import { RING_TIMEOUT_MS, STALE_RING_GRACE_MS } from "./rules.js";

/**
 * An unanswered call whose ringing time is long past but that no process ended (the inviting
 * process stopped) is shown as what it was: missed at the end of its ringing time.
 */
function settled(row: CallRow, now: Date): CallRow {
  if (row.ended_at || row.answered_at) return row;
  if (now.getTime() - row.started_at.getTime() <= RING_TIMEOUT_MS + STALE_RING_GRACE_MS) return row;
  return { ...row, ended_at: new Date(row.started_at.getTime() + RING_TIMEOUT_MS), end_reason: "missed" };
}

export function presentCall(stored: CallRow, now: Date): CallRecord {
  const row = settled(stored, now);
  const duration =
    row.answered_at && row.ended_at
      ? Math.max(0, Math.floor((row.ended_at.getTime() - row.answered_at.getTime()) / 1000))
      : null;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    callerId: row.caller_id,
    calleeId: row.callee_id,
    media: row.media,
    startedAt: row.started_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    endReason: (row.end_reason as CallEndReason | null) ?? null,
    durationSeconds: duration,
  };
}
