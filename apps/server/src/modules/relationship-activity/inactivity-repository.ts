import type { Db } from "../../db/database.js";
import type { MentorWaitPausesTable } from "../../db/schema.js";
import { WRITABLE_STATUS } from "./membership.js";

export interface ActivePairRow {
  id: string;
  mentee_id: string;
  mentor_id: string;
  mentee_name: string;
  mentor_name: string;
  started_at: Date;
}

export async function listActivePairs(db: Db): Promise<ActivePairRow[]> {
  return db
    .selectFrom("relationships as r")
    .innerJoin("users as e", "e.id", "r.mentee_id")
    .innerJoin("users as m", "m.id", "r.mentor_id")
    .select(["r.id", "r.mentee_id", "r.mentor_id", "e.display_name as mentee_name", "m.display_name as mentor_name"])
    .select("r.started_at")
    .where("r.status", "=", WRITABLE_STATUS)
    .orderBy("r.started_at")
    .execute();
}

/** Claims one reminder or alert; false when it was already sent for this silence and period. */
export async function claimInactivityNotice(
  db: Db,
  values: {
    relationshipId: string;
    kind: "reminder" | "supervisor_alert";
    silentSince: Date;
    period: number;
    now: Date;
  },
): Promise<boolean> {
  const row = await db
    .insertInto("relationship_inactivity_notices")
    .values({
      relationship_id: values.relationshipId,
      kind: values.kind,
      silent_since: values.silentSince,
      period: values.period,
      sent_at: values.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("relationship_id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The supervisor of each mentor, the way the supervisor view decides it: the staff member who last
 * made their application active, while that person still holds the supervisor role. Missing means
 * nobody in particular, so every supervisor is told.
 */
export async function findMentorSupervisors(db: Db, mentorIds: readonly string[]): Promise<Map<string, string>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("mentor_application_events as ev")
    .innerJoin("mentor_applications as a", "a.id", "ev.application_id")
    .innerJoin("user_roles as ur", (join) =>
      join.onRef("ur.user_id", "=", "ev.actor_id").on("ur.role", "=", "supervisor"),
    )
    .select(["a.user_id as mentor_id", "ev.actor_id", "ev.seq"])
    .where("a.user_id", "in", [...mentorIds])
    .where("ev.to_status", "=", "active")
    .orderBy("ev.seq", "asc")
    .execute();
  // Ascending, so the latest activation wins.
  const map = new Map<string, string>();
  for (const row of rows) if (row.actor_id) map.set(row.mentor_id, row.actor_id);
  return map;
}

export async function listSupervisorIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("user_roles").select("user_id").where("role", "=", "supervisor").execute();
  return rows.map((r) => r.user_id);
}

export interface WaitEvidence {
  relationship_id: string;
  mentor_id: string;
  evidence_id: string;
  at: Date;
}

/** Sessions the mentee suggested that the mentor has neither confirmed, moved nor cancelled since `before`. */
export async function findUnansweredProposals(db: Db, before: Date): Promise<WaitEvidence[]> {
  return db
    .selectFrom("relationship_sessions as s")
    .innerJoin("relationships as r", "r.id", "s.relationship_id")
    .select(["s.relationship_id", "r.mentor_id", "s.id as evidence_id", "s.proposed_at as at"])
    .where("r.status", "=", WRITABLE_STATUS)
    .where("s.status", "=", "proposed")
    .whereRef("s.proposed_by", "=", "r.mentee_id")
    .where("s.proposed_at", "<=", before)
    .execute();
}

/** Each active pair's latest check-in by the mentee, if it is older than `before`. */
export async function findLatestMenteeCheckInsBefore(db: Db, before: Date): Promise<WaitEvidence[]> {
  const rows = await db
    .selectFrom("relationship_check_ins as c")
    .innerJoin("relationships as r", "r.id", "c.relationship_id")
    .select(["c.relationship_id", "r.mentor_id", "c.id as evidence_id", "c.created_at as at"])
    .where("r.status", "=", WRITABLE_STATUS)
    .whereRef("c.author_id", "=", "r.mentee_id")
    .where("c.created_at", "<=", before)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("relationship_check_ins as newer")
            .select("newer.id")
            .whereRef("newer.relationship_id", "=", "c.relationship_id")
            .whereRef("newer.author_id", "=", "c.author_id")
            .whereRef("newer.created_at", ">", "c.created_at"),
        ),
      ),
    )
    .execute();
  return rows;
}

/** Agreed sessions since `since` that the mentor was recorded as missing, newest first. */
export async function findMentorMisses(db: Db, since: Date, now: Date): Promise<WaitEvidence[]> {
  return db
    .selectFrom("relationship_session_attendance as a")
    .innerJoin("relationship_sessions as s", "s.id", "a.session_id")
    .innerJoin("relationships as r", "r.id", "s.relationship_id")
    .select(["s.relationship_id", "r.mentor_id", "s.id as evidence_id", "s.starts_at as at"])
    .where("r.status", "=", WRITABLE_STATUS)
    .whereRef("a.member_id", "=", "r.mentor_id")
    .where("a.status", "=", "missed")
    .where("s.starts_at", ">=", since)
    .where("s.starts_at", "<=", now)
    .orderBy("s.starts_at", "desc")
    .execute();
}

/** Spends one piece of evidence; false when it already led to a pause (or a no-op) before. */
export async function claimWaitEvidence(
  db: Db,
  values: {
    mentorId: string;
    relationshipId: string;
    reason: MentorWaitPausesTable["reason"];
    evidenceId: string;
    paused: boolean;
    now: Date;
  },
): Promise<boolean> {
  const row = await db
    .insertInto("mentor_wait_pauses")
    .values({
      mentor_id: values.mentorId,
      relationship_id: values.relationshipId,
      reason: values.reason,
      evidence_id: values.evidenceId,
      paused: values.paused,
      created_at: values.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

export async function isEvidenceSpent(
  db: Db,
  values: { mentorId: string; reason: MentorWaitPausesTable["reason"]; evidenceId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom("mentor_wait_pauses")
    .select("id")
    .where("mentor_id", "=", values.mentorId)
    .where("reason", "=", values.reason)
    .where("evidence_id", "=", values.evidenceId)
    .executeTakeFirst();
  return row !== undefined;
}
