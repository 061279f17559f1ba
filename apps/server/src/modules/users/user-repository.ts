import type { Role } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import type { NewUser, UserRow, UserUpdate } from "../../db/schema.js";

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  return db.insertInto("users").values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function updateUser(db: Db, id: string, changes: UserUpdate): Promise<UserRow | undefined> {
  return db.updateTable("users").set(changes).where("id", "=", id).returningAll().executeTakeFirst();
}

export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.deleteFrom("users").where("id", "=", id).execute();
}

export async function findRoles(db: Db, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).orderBy("role").execute();
  return rows.map((r) => r.role);
}

/** Replaces a member's roles with exactly `roles`; returns what was added and removed. */
export async function replaceRoles(
  db: Db,
  userId: string,
  roles: readonly Role[],
  grantedBy: string | null,
  now: Date,
): Promise<{ added: Role[]; removed: Role[] }> {
  const current = await findRoles(db, userId);
  const added = roles.filter((r) => !current.includes(r));
  const removed = current.filter((r) => !roles.includes(r));
  if (removed.length > 0) {
    await db.deleteFrom("user_roles").where("user_id", "=", userId).where("role", "in", removed).execute();
  }
  if (added.length > 0) {
    await db
      .insertInto("user_roles")
      .values(added.map((role) => ({ user_id: userId, role, granted_by: grantedBy, granted_at: now })))
      .execute();
  }
  return { added, removed };
}

export async function countUsersWithRole(db: Db, role: Role): Promise<number> {
  const row = await db
    .selectFrom("user_roles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
