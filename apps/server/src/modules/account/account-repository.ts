import type { Db } from "../../db/database.js";
import type { UserRow } from "../../db/schema.js";

export async function updateProfile(
  db: Db,
  userId: string,
  changes: { displayName?: string; realName?: string | null },
  at: Date,
): Promise<UserRow | undefined> {
  return db
    .updateTable("users")
    .set({
      updated_at: at,
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.realName !== undefined ? { real_name: changes.realName } : {}),
    })
    .where("id", "=", userId)
    .returningAll()
    .executeTakeFirst();
}

export async function scheduleDeletion(db: Db, userId: string, at: Date, scheduledFor: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({ deletion_requested_at: at, deletion_scheduled_for: scheduledFor, updated_at: at })
    .where("id", "=", userId)
    .execute();
}

/** Clears a scheduled deletion; undefined when none was scheduled. */
export async function cancelDeletion(db: Db, userId: string, at: Date): Promise<UserRow | undefined> {
  return db
    .updateTable("users")
    .set({ deletion_requested_at: null, deletion_scheduled_for: null, updated_at: at })
    .where("id", "=", userId)
    .where("deletion_scheduled_for", "is not", null)
    .returningAll()
    .executeTakeFirst();
}

export async function findUsersDueForPurge(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("deletion_scheduled_for", "<=", now)
    .orderBy("deletion_scheduled_for")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Deletes an account whose grace period has passed; the condition is checked again here so a
 * cancellation that landed a moment earlier wins. Sessions, roles and notifications cascade.
 */
export async function deleteUserIfDue(db: Db, userId: string, now: Date): Promise<{ email: string } | undefined> {
  return db
    .deleteFrom("users")
    .where("id", "=", userId)
    .where("deletion_scheduled_for", "<=", now)
    .returning("email")
    .executeTakeFirst();
}

export async function listRoleGrants(db: Db, userId: string) {
  return db
    .selectFrom("user_roles")
    .select(["role", "granted_at"])
    .where("user_id", "=", userId)
    .orderBy("role")
    .execute();
}

export async function listSessionsOf(db: Db, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["id", "created_at", "last_seen_at", "expires_at", "ip", "user_agent"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
}

export async function listNotificationsOf(db: Db, userId: string) {
  return db.selectFrom("notifications").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
}

/**
 * Audit events about the member's account, oldest first. What they did to other accounts (as
 * staff) is about those members, so it stays out of this member's export.
 */
export async function listAuditEventsAbout(db: Db, userId: string) {
  return db
    .selectFrom("audit_events")
    .select(["at", "action", "actor_id", "ip", "details"])
    .where((eb) =>
      eb.or([eb("subject_id", "=", userId), eb.and([eb("actor_id", "=", userId), eb("subject_id", "is", null)])]),
    )
    .orderBy("seq")
    .orderBy("id")
    .execute();
}
