import type { ColumnType, Generated } from "kysely";

/** Typed tables of the relationship-activity module (migration 2026_11_27_1210), merged into schema.ts's Database. */
type Timestamp = ColumnType<Date, Date, Date>;

export interface RelationshipGoalsTable {
  id: Generated<string>;
  relationship_id: string;
  title: string;
  description: string | null;
  /** YYYY-MM-DD. */
  target_date: string | null;
  status: "active" | "achieved" | "set_aside";
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RelationshipGoalMilestonesTable {
  id: Generated<string>;
  goal_id: string;
  title: string;
  position: number;
  done_by: string | null;
  done_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface RelationshipGoalUpdatesTable {
  id: Generated<string>;
  goal_id: string;
  author_id: string;
  note: string;
  percent: number;
  created_at: Timestamp;
}

export interface RelationshipSessionsTable {
  id: Generated<string>;
  relationship_id: string;
  starts_at: Timestamp;
  duration_minutes: number;
  mode: "video" | "voice" | "in_person" | "chat";
  agenda: string | null;
  status: "proposed" | "scheduled" | "cancelled";
  proposed_by: string;
  proposed_at: Timestamp;
  confirmed_by: string | null;
  confirmed_at: Timestamp | null;
  cancelled_by: string | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  sequence: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
}

export interface RelationshipSessionAttendanceTable {
  session_id: string;
  member_id: string;
  status: "attended" | "missed";
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface RelationshipSessionSummariesTable {
  id: Generated<string>;
  session_id: string;
  version: number;
  text: string;
  author_id: string;
  created_at: Timestamp;
}

/** Private to author_id: never read for anyone else. */
export interface RelationshipSessionNotesTable {
  session_id: string;
  author_id: string;
  text: string;
  updated_at: Timestamp;
}

export interface RelationshipCheckInsTable {
  id: Generated<string>;
  relationship_id: string;
  author_id: string;
  mood: number;
  note: string | null;
  created_at: Timestamp;
}

export interface RelationshipContactEventsTable {
  id: Generated<string>;
  relationship_id: string;
  actor_id: string;
  kind: string;
  occurred_at: Timestamp;
}

export interface RelationshipInactivityNoticesTable {
  relationship_id: string;
  kind: "reminder" | "supervisor_alert";
  silent_since: Timestamp;
  period: number;
  sent_at: Timestamp;
}

export interface MentorWaitPausesTable {
  id: Generated<string>;
  mentor_id: string;
  relationship_id: string;
  reason: "unanswered_proposal" | "unanswered_check_in" | "missed_sessions";
  evidence_id: string;
  /** False when the mentor was already paused: the evidence is still spent. */
  paused: boolean;
  created_at: Timestamp;
}

export interface RelationshipActivityTables {
  relationship_goals: RelationshipGoalsTable;
  relationship_goal_milestones: RelationshipGoalMilestonesTable;
  relationship_goal_updates: RelationshipGoalUpdatesTable;
  relationship_sessions: RelationshipSessionsTable;
  relationship_session_attendance: RelationshipSessionAttendanceTable;
  relationship_session_summaries: RelationshipSessionSummariesTable;
  relationship_session_notes: RelationshipSessionNotesTable;
  relationship_check_ins: RelationshipCheckInsTable;
  relationship_contact_events: RelationshipContactEventsTable;
  relationship_inactivity_notices: RelationshipInactivityNoticesTable;
  mentor_wait_pauses: MentorWaitPausesTable;
}
