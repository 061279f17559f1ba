import type { ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { checkEventShape } from "./event-shape.js";
import { eventWriterFor, type PushExceptSender } from "./event-writer.js";
import { refuseStrangers } from "./membership-cache.js";

/**
 * A member's message, edit, reaction or delete. Stored with the conversation's next number before
 * this resolves (the caller acknowledges only then), and pushed to every current member's sockets but
 * `from`, the socket it came in on (it hears the ack; the sender's other devices and tabs get the push). A retry
 * with the same client id resolves to the stored event (`created: false`) and is not pushed again.
 * HTTP and the socket both come through here (each checks the sender's rate first); a conversation
 * the sender was never in is refused before the writer's queue, the rest of the rules in the batch.
 */
export async function sendEvent(
  ctx: AppContext,
  userId: string,
  conversationId: string,
  input: SendEventRequest,
  from?: PushExceptSender,
): Promise<{ event: ConversationEvent; created: boolean }> {
  checkEventShape(input);
  const lookup = refuseStrangers(ctx, conversationId, userId);
  if (lookup) await lookup;
  const result = await eventWriterFor(ctx).write({ type: "send", conversationId, userId, input }, from);
  return { event: result.event, created: result.created };
}
