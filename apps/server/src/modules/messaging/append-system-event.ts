import type { ConversationEvent, SystemNotice } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { eventWriterFor } from "./event-writer.js";
import { presentEvent } from "./presenter.js";

/**
 * Adds the server's own plain notice (member added, removed, muted; a worried alert) to the log with
 * the next number, and pushes it to the current members. Call it after the change it describes has
 * committed, never inside that transaction: it waits for the conversation's row lock, which that
 * transaction may hold.
 */
export async function appendSystemEvent(
  ctx: AppContext,
  conversationId: string,
  notice: SystemNotice,
): Promise<ConversationEvent> {
  const result = await eventWriterFor(ctx).write({ type: "system", conversationId, notice });
  return presentEvent(result.row);
}
