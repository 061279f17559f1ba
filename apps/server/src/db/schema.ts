import type { Role } from "@mentalverse/shared";
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { RelationshipLifecycleColumns, RelationshipsModuleTables } from "./relationships-schema.js";

/** Typed tables. Row types stay inside repositories and services; presenters shape what leaves. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date, Date>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  display_name: string;
  real_name: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  last_sign_in_at: Timestamp | null;
  failed_sign_in_count: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  deletion_requested_at: Timestamp | null;
  deletion_scheduled_for: Timestamp | null;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
  granted_at: CreatedAt;
  granted_by: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface PasswordResetTokensTable {
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SetupTokensTable {
  id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuditEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  at: CreatedAt;
  action: string;
  actor_id: string | null;
  subject_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: Json;
}

export type MailStatus = "queued" | "sent" | "failed" | "outbox";
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  status: MailStatus;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  error: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  setup_tokens: SetupTokensTable;
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
  notifications: NotificationsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

// Screening, measures and safety (migration 2026_11_27_1000). Answers are stored as JSON text on write.
type JsonText<T> = ColumnType<T, string, string>;
export type RiskLevel = "none" | "low" | "moderate" | "high";

export interface ScreeningsTable {
  id: Generated<string>;
  user_id: string;
  status: "draft" | "complete";
  answers: JsonText<Record<string, boolean | null>>;
  risk: RiskLevel | null;
  reasons: ColumnType<string[], string | undefined, string>;
  country: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface ScreeningRequestsTable {
  id: Generated<string>;
  user_id: string;
  reason: "phq9_item9" | "on_demand";
  created_at: CreatedAt;
  fulfilled_at: Timestamp | null;
}

export interface SafetyCasesTable {
  id: Generated<string>;
  user_id: string;
  screening_id: string;
  risk: RiskLevel;
  status: "open" | "assigned" | "resolved";
  assignee_id: string | null;
  opened_at: Timestamp;
  assigned_at: Timestamp | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface MatchingHoldsTable {
  id: Generated<string>;
  user_id: string;
  case_id: string | null;
  reason: string;
  created_at: Timestamp;
  cleared_at: Timestamp | null;
  cleared_by: string | null;
}

export interface MeasureResponsesTable {
  id: Generated<string>;
  user_id: string;
  instrument: "phq9" | "gad7" | "who5" | "pss10";
  status: "draft" | "complete";
  answers: JsonText<Record<string, number | null>>;
  total: number | null;
  score: number | null;
  band: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface RemindersSentTable {
  user_id: string;
  kind: string;
  basis_at: Timestamp;
  sent_at: Timestamp;
}

export interface Database {
  screenings: ScreeningsTable;
  screening_requests: ScreeningRequestsTable;
  safety_cases: SafetyCasesTable;
  matching_holds: MatchingHoldsTable;
  measure_responses: MeasureResponsesTable;
  reminders_sent: RemindersSentTable;
}

/** jsonb written as a JSON string and read back parsed. */
type JsonOf<T> = ColumnType<T, string, string>;

export interface OnboardingStatesTable {
  user_id: string;
  about_acknowledged_at: Timestamp | null;
  seek_support: boolean | null;
  offer_mentorship: boolean | null;
  intent_set_at: Timestamp | null;
  consent_version: string | null;
  consent_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface MatchingProfilesTable {
  user_id: string;
  /** The answered fields (ProfileFields, partial); validated by the contract before it is written. */
  fields: JsonOf<Record<string, unknown>>;
  visibility: JsonOf<Record<string, string>>;
  complete: boolean;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MentorApplicationsTable {
  id: Generated<string>;
  user_id: string;
  status: string;
  mentor_types: JsonOf<string[]>;
  specialisations: JsonOf<string[]>;
  lived_experience: string;
  stable_since: Timestamp;
  capacity: number;
  pause_new_matches: ColumnType<boolean, boolean | undefined, boolean>;
  boundaries: string;
  mentor_references: JsonOf<{ name: string; contact: string; relationship: string }[]>;
  created_at: CreatedAt;
  status_changed_at: Timestamp;
}

export interface MentorApplicationEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  application_id: string;
  at: CreatedAt;
  actor_id: string | null;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  interview_scores: JsonOf<Record<string, number>> | null;
  verification: JsonOf<{ verifiedBy: string; outcome: string }> | null;
}

export interface Database {
  onboarding_states: OnboardingStatesTable;
  matching_profiles: MatchingProfilesTable;
  mentor_applications: MentorApplicationsTable;
  mentor_application_events: MentorApplicationEventsTable;
}

// Matching workflow (migration 2026_11_27_1100): runs, proposals with ranked options, offers, relationships.
export type MatchRunStatus = "queued" | "running" | "completed" | "failed";
export interface MatchRunsTable {
  id: Generated<string>;
  kind: "batch" | "single";
  status: MatchRunStatus;
  started_by: string | null;
  mentee_id: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  stats: JsonOf<Record<string, number>> | null;
  error: string | null;
}

export type MatchProposalStatus = "in_review" | "offered" | "matched" | "closed";
export interface MatchProposalsTable {
  id: Generated<string>;
  run_id: string;
  mentee_id: string;
  status: MatchProposalStatus;
  chosen_option_id: string | null;
  flagged: ColumnType<boolean, boolean | undefined, boolean>;
  flag_reason: string | null;
  closed_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MatchOptionStatus = "open" | "offered" | "accepted" | "rejected" | "declined" | "expired";
export interface MatchOptionsTable {
  id: Generated<string>;
  proposal_id: string;
  mentor_id: string;
  rank: number;
  source: "algorithm" | "override";
  status: MatchOptionStatus;
  total: number;
  /** The library's Compatibility minus the ids: ruleTotal, dimensions, criteria, reasons, sharedHoursPerWeek. */
  breakdown: JsonOf<Record<string, unknown>>;
  decided_by: string | null;
  decision_reason: string | null;
  created_at: Timestamp;
}

export type MatchOfferStatus = "pending" | "accepted" | "declined" | "expired";
export interface MatchOffersTable {
  id: Generated<string>;
  proposal_id: string;
  option_id: string;
  mentee_id: string;
  mentor_id: string;
  status: MatchOfferStatus;
  approval: "approved" | "override";
  approved_by: string | null;
  approval_reason: string | null;
  mentee_accepted_at: Timestamp | null;
  mentor_accepted_at: Timestamp | null;
  declined_by: "mentee" | "mentor" | null;
  decline_reason: string | null;
  mentor_lapsed: ColumnType<boolean, boolean | undefined, boolean>;
  mentor_reminded_at: Timestamp | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface RelationshipsTable {
  id: Generated<string>;
  mentee_id: string;
  mentor_id: string;
  /** The accepted offer (match_offers.id) the relationship started from. */
  match_id: string | null;
  status: string;
  phase: string;
  started_at: Timestamp;
}

export interface MemberBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export interface RematchAllowancesTable {
  mentee_id: string;
  mentor_id: string;
  allowed_by: string | null;
  reason: string;
  created_at: Timestamp;
}

export interface MentorLapsePausesTable {
  id: Generated<string>;
  mentor_id: string;
  lapses: number;
  paused_at: Timestamp;
}

export interface Database {
  match_runs: MatchRunsTable;
  match_proposals: MatchProposalsTable;
  match_options: MatchOptionsTable;
  match_offers: MatchOffersTable;
  relationships: RelationshipsTable;
  member_blocks: MemberBlocksTable;
  rematch_allowances: RematchAllowancesTable;
  mentor_lapse_pauses: MentorLapsePausesTable;
}

// --- relationship lifecycle, phases, agreements, assessments (relationships module) ---

// Kept in relationships-schema.ts so this file stays small; merged into the tables here.
export interface RelationshipsTable extends RelationshipLifecycleColumns {}
export interface Database extends RelationshipsModuleTables {}

// --- relationship goals, sessions and check-ins (relationship-activity module) ---
// Kept in its own file so this one stays readable; merged here into Database.
import type { RelationshipActivityTables } from "./relationship-activity-schema.js";

export type * from "./relationship-activity-schema.js";
export interface Database extends RelationshipActivityTables {}

// --- notification preferences and quiet hours (notifications module) ---
// Kept in notification-preferences-schema.ts so this file stays small; merged here into Database.
import type { NotificationPreferencesTables } from "./notification-preferences-schema.js";

export type * from "./notification-preferences-schema.js";
export interface Database extends NotificationPreferencesTables {}

// --- end-to-end encrypted messaging, safety reports and calls (messaging and calls modules) ---
// Kept in messaging-schema.ts so this file stays small; merged here into Database.
import type { MessagingTables } from "./messaging-schema.js";

export type * from "./messaging-schema.js";
export interface Database extends MessagingTables {}
