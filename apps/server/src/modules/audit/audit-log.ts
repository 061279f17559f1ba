import type { AuditEntry, AuditLog } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { insertAuditEvent } from "./audit-repository.js";

/** Append-only security log; pass a transaction so the event commits or rolls back with its cause. */
export function createAuditLog(db: Db, clock: Clock): AuditLog {
  return {
    record: (entry: AuditEntry, executor?: Db) => insertAuditEvent(executor ?? db, entry, clock.now()),
  };
}
