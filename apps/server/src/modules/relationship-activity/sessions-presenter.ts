import type { MentoringSession } from "@mentalverse/shared";
import { MINUTE } from "../../lib/clock.js";
import { personIn } from "./goals-presenter.js";
import { localSessionTime } from "./local-time.js";
import type { Pair, PairMember } from "./membership.js";
import type { AttendanceRow, NoteRow, SummaryRow } from "./session-records-repository.js";
import type { SessionRow } from "./sessions-repository.js";

export interface SessionExtras {
  zones: Map<string, string>;
  attendance: readonly AttendanceRow[];
  summaries: readonly SummaryRow[];
  /** The viewer's own private notes only. */
  notes: readonly NoteRow[];
}

export const calendarUrlOf = (relationshipId: string, sessionId: string) =>
  `/api/relationships/${relationshipId}/sessions/${sessionId}/calendar.ics`;

export const endOf = (row: SessionRow) => new Date(row.starts_at.getTime() + row.duration_minutes * MINUTE);

export function presentSession(pair: Pair, row: SessionRow, extras: SessionExtras, now: Date): MentoringSession {
  const member = (m: PairMember) => ({ id: m.id, displayName: m.displayName, role: m.role });
  const timeOf = (m: PairMember) => ({
    member: member(m),
    ...localSessionTime(row.starts_at, row.duration_minutes, extras.zones.get(m.id)),
  });
  const menteeTime = timeOf(pair.mentee);
  const mentorTime = timeOf(pair.mentor);
  const summary = extras.summaries.find((s) => s.session_id === row.id);
  const note = extras.notes.find((n) => n.session_id === row.id);
  const proposed = row.status === "proposed";
  return {
    id: row.id,
    relationshipId: row.relationship_id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: endOf(row).toISOString(),
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    agenda: row.agenda,
    proposedBy: personIn(pair, row.proposed_by),
    proposedAt: row.proposed_at.toISOString(),
    awaitingOther: proposed && row.proposed_by === pair.you.id,
    canConfirm: proposed && pair.canWrite && row.proposed_by !== pair.you.id && row.starts_at > now,
    confirmedBy: row.confirmed_by ? personIn(pair, row.confirmed_by) : null,
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    cancelledBy: row.cancelled_by ? personIn(pair, row.cancelled_by) : null,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    cancelReason: row.cancel_reason,
    times: [menteeTime, mentorTime],
    yourTime: pair.you === pair.mentee ? menteeTime : mentorTime,
    attendance: [pair.mentee, pair.mentor].map((m) => {
      if (row.status === "cancelled") {
        return {
          member: member(m),
          status: "cancelled" as const,
          recordedBy: row.cancelled_by ? personIn(pair, row.cancelled_by) : null,
          recordedAt: row.cancelled_at?.toISOString() ?? null,
        };
      }
      const record = extras.attendance.find((a) => a.session_id === row.id && a.member_id === m.id);
      return {
        member: member(m),
        status: record?.status ?? null,
        recordedBy: record ? personIn(pair, record.recorded_by) : null,
        recordedAt: record?.recorded_at.toISOString() ?? null,
      };
    }),
    summary: summary
      ? {
          text: summary.text,
          version: summary.version,
          author: personIn(pair, summary.author_id),
          updatedAt: summary.created_at.toISOString(),
        }
      : null,
    myNote: note ? { text: note.text, updatedAt: note.updated_at.toISOString() } : null,
    calendarUrl: calendarUrlOf(row.relationship_id, row.id),
  };
}
