import type { Db } from "../db/database.js";

// Keeps each statement's parameter list well inside PostgreSQL's limit, however many sockets are open.
const CHUNK = 1000;

/** Which of these sessions still exist and have not expired. */
export async function findLiveSessionIds(db: Db, sessionIds: readonly string[], now: Date): Promise<Set<string>> {
  const live = new Set<string>();
  for (let i = 0; i < sessionIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom("sessions")
      .select("id")
      .where("id", "in", sessionIds.slice(i, i + CHUNK))
      .where("expires_at", ">", now)
      .execute();
    for (const row of rows) live.add(row.id);
  }
  return live;
}
