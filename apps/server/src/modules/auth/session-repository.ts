import type { Role } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";

export interface ActiveSession {
  sessionId: string;
  userId: string;
  roles: Role[];
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function findActiveSession(db: Db, sessionId: string, now: Date): Promise<ActiveSession | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.id", "sessions.user_id", "sessions.expires_at", "sessions.last_seen_at"])
    .where("sessions.id", "=", sessionId)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await db.selectFrom("user_roles").select("role").where("user_id", "=", row.user_id).execute();
  return {
    sessionId: row.id,
    userId: row.user_id,
    roles: roles.map((r) => r.role),
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
  };
}

export async function insertSession(
  db: Db,
  session: { id: string; userId: string; expiresAt: Date; now: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.now,
      expires_at: session.expiresAt,
      last_seen_at: session.now,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

export async function touchSession(db: Db, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where("id", "=", sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  let q = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptSessionId) q = q.where("id", "<>", exceptSessionId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const r = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(r.numDeletedRows);
}
