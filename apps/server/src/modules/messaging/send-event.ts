import type { ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { checkEventShape } from "./event-shape.js";
import { eventWriterFor } from "./event-writer.js";
import { presentEvent } from "./presenter.js";

/**
 * A member's message, edit, reaction or delete. Stored with the conversation's next number before
 * this resolves (the caller acknowledges only then), and pushed to every current member. A retry
 * with the same client id resolves to the stored event (`created: false`) and is not pushed again.
 * HTTP and the socket both come through here.
 */
export async function sendEvent(
  ctx: AppContext,
  userId: string,
  conversationId: string,
  input: SendEventRequest,
): Promise<{ event: ConversationEvent; created: boolean }> {
  checkEventShape(input);
  const result = await eventWriterFor(ctx).write({ type: "send", conversationId, userId, input });
  return { event: presentEvent(result.row), created: result.created };
}
