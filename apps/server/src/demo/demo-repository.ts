import type { Role } from "@mentalverse/shared";
import type { Db } from "../db/database.js";
import type { NewUser } from "../db/schema.js";

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
