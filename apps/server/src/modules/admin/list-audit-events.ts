import type { AuditEvent } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { type AuditSearch, searchAuditEvents } from "./admin-repository.js";
import { presentAuditEvent } from "./presenter.js";

/** Audit events newest first, with the names of who acted and on whom. */
export async function listAuditEvents(
  ctx: AppContext,
  search: AuditSearch,
): Promise<{ events: AuditEvent[]; total: number }> {
  const { rows, total } = await searchAuditEvents(ctx.db, search);
  return { events: rows.map(presentAuditEvent), total };
}
