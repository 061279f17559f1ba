import type { ColumnType, Generated } from "kysely";

/** Typed tables of the relationships module, merged into Database in schema.ts. */
type Timestamp = ColumnType<Date, Date, Date>;
type JsonOf<T> = ColumnType<T, string, string>;

/** Columns the relationships module adds to `relationships` (migration 2026_11_27_1200). */
export interface RelationshipLifecycleColumns {
  close_reason: string | null;
  ended_at: Timestamp | null;
  /** "closed" or "low_fit" while the mentee holds an offer of a new mentor. */
  rematch_offer: string | null;
  rematch_offered_at: Timestamp | null;
  phase_started_at: Timestamp | null;
  /** The phase both are confirming a move to, and when each confirmed. */
  advance_to: string | null;
  advance_mentee_at: Timestamp | null;
  advance_mentor_at: Timestamp | null;
  /** The phase whose move-on suggestion was last sent, so the job sends it once. */
  suggested_phase: string | null;
  assessment_opened_at: Timestamp | null;
  graduation_plan: string | null;
  /** ISO date (yyyy-mm-dd). */
  graduation_target: string | null;
  graduation_mentee_at: Timestamp | null;
  graduation_mentor_at: Timestamp | null;
}

export interface RelationshipEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  relationship_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  from_phase: string | null;
  to_phase: string | null;
  reason: string | null;
}

export interface RelationshipChecklistTable {
  relationship_id: string;
  goal_id: string;
  ticked_by: "mentee" | "mentor";
  ticked_at: Timestamp;
}

export interface RelationshipAgreementsTable {
  relationship_id: string;
  version: number;
  terms: JsonOf<Record<string, unknown>>;
  proposed_by: "mentee" | "mentor";
  proposed_at: Timestamp;
  mentee_signed_at: Timestamp | null;
  mentor_signed_at: Timestamp | null;
}

export interface RelationshipAssessmentsTable {
  relationship_id: string;
  respondent: "mentee" | "mentor";
  answers: JsonOf<Record<string, number>>;
  comment: string | null;
  score: number;
  submitted_at: Timestamp;
}

export interface RelationshipsModuleTables {
  relationship_events: RelationshipEventsTable;
  relationship_checklist: RelationshipChecklistTable;
  relationship_agreements: RelationshipAgreementsTable;
  relationship_assessments: RelationshipAssessmentsTable;
}
