import type { Role } from "@mentalverse/shared";
import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { UserRow } from "../../db/schema.js";

export interface UserSearch {
  q?: string | undefined;
  role?: Role | undefined;
  limit: number;
  offset: number;
}

/** `%` and `_` typed into a search box mean themselves, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchUsers(db: Db, search: UserSearch): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom("users");
  if (search.q) {
    const pattern = containsPattern(search.q);
    query = query.where((eb) =>
      eb.or([eb("users.email", "ilike", pattern), eb("users.display_name", "ilike", pattern)]),
    );
  }
  if (search.role) {
    const role = search.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("user_roles")
          .select("user_roles.user_id")
          .whereRef("user_roles.user_id", "=", "users.id")
          .where("user_roles.role", "=", role),
      ),
    );
  }
  const rows = await query
    .selectAll("users")
    .orderBy("users.created_at", "desc")
    .orderBy("users.id")
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const count = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function findRolesOfUsers(db: Db, userIds: readonly string[]): Promise<Map<string, Role[]>> {
  const roles = new Map<string, Role[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return roles;
  const rows = await db
    .selectFrom("user_roles")
    .select(["user_id", "role"])
    .where("user_id", "in", userIds)
    .orderBy("role")
    .execute();
  for (const row of rows) roles.get(row.user_id)?.push(row.role);
  return roles;
}

/**
 * Serialises every change to who holds the admin role (role edits, first-admin setup) until the
 * transaction ends, so two concurrent changes cannot both pass a "someone else is still admin" check.
 */
export async function lockAdminRoleChanges(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('mentalverse:admin-role-changes'))`.execute(trx);
}

export interface AuditSearch {
  action?: string | undefined;
  subjectId?: string | undefined;
  actorId?: string | undefined;
  limit: number;
  offset: number;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  subject_id: string | null;
  subject_name: string | null;
  ip: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
}

export async function searchAuditEvents(
  db: Db,
  search: AuditSearch,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  let query = db.selectFrom("audit_events as e");
  if (search.action) query = query.where("e.action", "=", search.action);
  if (search.subjectId) query = query.where("e.subject_id", "=", search.subjectId);
  if (search.actorId) query = query.where("e.actor_id", "=", search.actorId);
  const rows = await query
    .leftJoin("users as actor", "actor.id", "e.actor_id")
    .leftJoin("users as subject", "subject.id", "e.subject_id")
    .select([
      "e.id",
      "e.at",
      "e.action",
      "e.actor_id",
      "actor.display_name as actor_name",
      "e.subject_id",
      "subject.display_name as subject_name",
      "e.ip",
      "e.request_id",
      "e.details",
    ])
    .orderBy("e.seq", "desc")
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const count = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
