import type { AuditEntry } from "../../context.js";
import type { Db } from "../../db/database.js";

export async function insertAuditEvent(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      at,
      action: entry.action,
      actor_id: entry.actorId,
      subject_id: entry.subjectId ?? null,
      ip: entry.ip ?? null,
      request_id: entry.requestId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
