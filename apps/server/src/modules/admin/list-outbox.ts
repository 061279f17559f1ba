import type { OutboxMessage } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listOutbox as listOutboxRows } from "../mail/mail-repository.js";
import { presentOutboxMessage } from "./presenter.js";
import type { StaffActor } from "./staff-actor.js";

/** Mail the platform sent or kept; it holds members' addresses and links, so reading it is audited. */
export async function listOutbox(
  ctx: AppContext,
  actor: StaffActor,
  page: { limit: number; offset: number },
): Promise<{ messages: OutboxMessage[]; total: number }> {
  return ctx.database.transaction(async (trx) => {
    const { rows, total } = await listOutboxRows(trx, page);
    await ctx.audit.record(
      { action: "staff.viewed_outbox", actorId: actor.userId, ip: actor.ip, requestId: actor.requestId, details: page },
      trx,
    );
    return { messages: rows.map(presentOutboxMessage), total };
  });
}
