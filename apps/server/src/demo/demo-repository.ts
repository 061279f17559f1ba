import type { Role } from "@mentalverse/shared";
import type { Insertable } from "kysely";
import type { AuditEntry } from "../context.js";
import type { Db } from "../db/database.js";
import type { MentorApplicationEventsTable, MentorApplicationsTable, NewUser, RiskLevel } from "../db/schema.js";

export async function countUsers(db: Db): Promise<{ demo: number; real: number }> {
  const rows = await db
    .selectFrom("users")
    .select(["is_demo", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("is_demo")
    .execute();
  const n = (demo: boolean) => Number(rows.find((r) => r.is_demo === demo)?.n ?? 0);
  return { demo: n(true), real: n(false) };
}

/** Inserts demo accounts in one statement; returns their ids by email. */
export async function insertDemoUsers(db: Db, users: NewUser[]): Promise<Map<string, string>> {
  if (users.length === 0) return new Map();
  const rows = await db
    .insertInto("users")
    .values(users.map((u) => ({ ...u, is_demo: true })))
    .returning(["id", "email"])
    .execute();
  return new Map(rows.map((r) => [r.email, r.id]));
}

export async function insertDemoRoles(
  db: Db,
  grants: { userId: string; role: Role; grantedBy: string | null; grantedAt: Date }[],
): Promise<void> {
  if (grants.length === 0) return;
  await db
    .insertInto("user_roles")
    .values(grants.map((g) => ({ user_id: g.userId, role: g.role, granted_by: g.grantedBy, granted_at: g.grantedAt })))
    .execute();
}

export async function insertDemoNotifications(
  db: Db,
  notifications: {
    userId: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    at: Date;
    readAt: Date | null;
  }[],
): Promise<void> {
  if (notifications.length === 0) return;
  await db
    .insertInto("notifications")
    .values(
      notifications.map((n) => ({
        user_id: n.userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        created_at: n.at,
        read_at: n.readAt,
      })),
    )
    .execute();
}

/** Display names of demo accounts in a stable order; the determinism check compares these. */
export async function listDemoDisplayNames(db: Db): Promise<{ email: string; displayName: string }[]> {
  const rows = await db
    .selectFrom("users")
    .select(["email", "display_name"])
    .where("is_demo", "=", true)
    .orderBy("email")
    .execute();
  return rows.map((r) => ({ email: r.email, displayName: r.display_name }));
}

export async function findDemoAccounts(db: Db, emails: string[]): Promise<{ email: string; displayName: string }[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .selectFrom("users")
    .select(["email", "display_name"])
    .where("is_demo", "=", true)
    .where("email", "in", emails)
    .execute();
  return rows.map((r) => ({ email: r.email, displayName: r.display_name }));
}

/** Audit events in bulk, each at its own moment, shaped as the audit log writes them. */
export async function insertDemoAuditEvents(db: Db, events: (AuditEntry & { at: Date })[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto("audit_events")
    .values(
      events.map((e) => ({
        at: e.at,
        action: e.action,
        actor_id: e.actorId,
        subject_id: e.subjectId ?? null,
        ip: e.ip ?? null,
        request_id: e.requestId ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}

export interface DemoOnboardingRow {
  userId: string;
  aboutAt: Date;
  consentVersion: string;
  consentAt: Date;
  seekSupport: boolean;
  offerMentorship: boolean;
  intentAt: Date;
}

export async function insertDemoOnboarding(db: Db, rows: DemoOnboardingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("onboarding_states")
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        about_acknowledged_at: r.aboutAt,
        consent_version: r.consentVersion,
        consent_at: r.consentAt,
        seek_support: r.seekSupport,
        offer_mentorship: r.offerMentorship,
        intent_set_at: r.intentAt,
        updated_at: r.intentAt,
      })),
    )
    .execute();
}

export interface DemoScreeningRow {
  userId: string;
  answers: Record<string, boolean | null>;
  risk: RiskLevel;
  reasons: readonly string[];
  country: string | null;
  startedAt: Date;
  completedAt: Date;
}

/** Complete screenings in bulk; returns what their audit events name. */
export async function insertDemoScreenings(
  db: Db,
  rows: DemoScreeningRow[],
): Promise<{ id: string; userId: string; risk: RiskLevel; completedAt: Date }[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto("screenings")
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        status: "complete" as const,
        answers: JSON.stringify(r.answers),
        risk: r.risk,
        reasons: JSON.stringify(r.reasons),
        country: r.country,
        created_at: r.startedAt,
        updated_at: r.completedAt,
        completed_at: r.completedAt,
      })),
    )
    .returning(["id", "user_id", "risk", "completed_at"])
    .execute();
  // Complete screenings always carry both; the columns are nullable only for drafts.
  return inserted.map((r) => ({ id: r.id, userId: r.user_id, risk: r.risk!, completedAt: r.completed_at! }));
}

export async function insertDemoScreeningRequests(
  db: Db,
  rows: { userId: string; createdAt: Date; fulfilledAt: Date | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("screening_requests")
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        reason: "phq9_item9" as const,
        created_at: r.createdAt,
        fulfilled_at: r.fulfilledAt,
      })),
    )
    .execute();
}

export interface DemoMeasureRow {
  userId: string;
  instrument: "phq9" | "gad7" | "who5" | "pss10";
  answers: Record<string, number>;
  total: number;
  score: number;
  band: string;
  at: Date;
}

export async function insertDemoMeasures(db: Db, rows: DemoMeasureRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("measure_responses")
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        instrument: r.instrument,
        status: "complete" as const,
        answers: JSON.stringify(r.answers),
        total: r.total,
        score: r.score,
        band: r.band,
        created_at: r.at,
        updated_at: r.at,
        completed_at: r.at,
      })),
    )
    .execute();
}

export async function insertDemoProfiles(
  db: Db,
  rows: { userId: string; fields: object; visibility: Record<string, string>; complete: boolean; at: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("matching_profiles")
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        fields: JSON.stringify(r.fields),
        visibility: JSON.stringify(r.visibility),
        complete: r.complete,
        created_at: r.at,
        updated_at: r.at,
      })),
    )
    .execute();
}

export type NewDemoApplication = Insertable<MentorApplicationsTable>;
export type NewDemoApplicationEvent = Insertable<MentorApplicationEventsTable>;

/** Applications in bulk; returns their ids by applicant (one application each here). */
export async function insertDemoApplications(db: Db, rows: NewDemoApplication[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await db.insertInto("mentor_applications").values(rows).returning(["id", "user_id"]).execute();
  return new Map(inserted.map((r) => [r.user_id, r.id]));
}

/** History rows, in the order given, so each application's sequence reads as it happened. */
export async function insertDemoApplicationEvents(db: Db, rows: NewDemoApplicationEvent[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto("mentor_application_events").values(rows).execute();
}

/** A relationship the demo recreates from a match made before the demo's history (no offer row). */
export async function insertDemoRelationship(
  db: Db,
  values: { menteeId: string; mentorId: string; startedAt: Date },
): Promise<{ id: string; status: string; phase: string }> {
  return db
    .insertInto("relationships")
    .values({
      mentee_id: values.menteeId,
      mentor_id: values.mentorId,
      match_id: null,
      status: "active",
      phase: "introduction_and_exploration",
      started_at: values.startedAt,
      phase_started_at: values.startedAt,
    })
    .returning(["id", "status", "phase"])
    .executeTakeFirstOrThrow();
}

/** Members a safety case holds back from matching now. */
export async function listHeldMembers(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom("matching_holds").select("user_id").where("cleared_at", "is", null).execute();
  return new Set(rows.map((r) => r.user_id));
}
