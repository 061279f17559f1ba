import { MarkConversationReadRequestSchema, SendEventRequestSchema, type SocketAck } from "@mentalverse/shared";
import { z } from "zod";
import type { AppContext } from "../../context.js";
import { AppError } from "../../lib/errors.js";
import { userRoom } from "../../realtime/rooms.js";
import type { SocketModule } from "../../realtime/server.js";
import { type PushExceptSender, WRITER_BUSY } from "./event-writer.js";
import { markRead } from "./mark-read.js";
import { checkReadRate, messagingLimits } from "./rate-limits.js";
import { sendEvent } from "./send-event.js";
import { TypingGate } from "./typing-gate.js";

const SendPayloadSchema = SendEventRequestSchema.extend({ conversationId: z.uuid() });
const ReadPayloadSchema = MarkConversationReadRequestSchema.extend({ conversationId: z.uuid() });
const TypingPayloadSchema = z.object({ conversationId: z.uuid() });

function invalid(error: z.ZodError): SocketAck<never> {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || (issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : "");
  return { ok: false, status: 400, error: issue?.message ?? "invalid payload", ...(field ? { field } : {}) };
}

/** Refusals that come by the thousand under a flood, answered with one prebuilt ack each. */
const RATE_LIMITED: SocketAck<never> = {
  ok: false,
  status: 429,
  error: "You are sending too fast; wait a moment and send again (with the same clientId)",
};
const BUSY: SocketAck<never> = { ok: false, status: 503, error: "busy, retry", field: "conversationId" };

function failure(ctx: AppContext, error: unknown): SocketAck<never> {
  if (error === WRITER_BUSY) return BUSY;
  if (error instanceof AppError) {
    const field = error.details?.[0]?.field;
    return { ok: false, status: error.status, error: error.message, ...(field ? { field } : {}) };
  }
  ctx.log.error({ err: error }, "conversation socket handler failed");
  return { ok: false, status: 500, error: "unavailable" };
}

/**
 * Messaging over the socket: conversation:send (acknowledged once stored, with the event or the
 * HTTP-like reason), conversation:read and conversation:typing. The same services and the same
 * per-member rate limits as the HTTP routes (429 in the ack); a send is pushed to every member's
 * sockets but the one it came in on (that one has the ack); validation failures answer 400 naming
 * the field. Typing goes through a bounded per-socket gate (typing-gate.ts).
 */
export const messagingSocketModule: SocketModule = (ctx, socket, userId) => {
  const typing = new TypingGate(ctx, userId);
  // This socket has the ack: its member's other sockets (devices, tabs) and the others get the push.
  const pushExceptHere: PushExceptSender = (userIds, event) =>
    socket.to(userIds.map(userRoom)).emit("conversation:event", event);

  socket.on("conversation:send", async (payload, ack) => {
    const reply = typeof ack === "function" ? ack : () => {};
    const parsed = SendPayloadSchema.safeParse(payload);
    if (!parsed.success) return reply(invalid(parsed.error));
    const { conversationId, ...input } = parsed.data;
    if (!messagingLimits(ctx).send.take(userId)) return reply(RATE_LIMITED);
    try {
      const { event } = await sendEvent(ctx, userId, conversationId, input, pushExceptHere);
      reply({ ok: true, value: event });
    } catch (error) {
      reply(failure(ctx, error));
    }
  });

  socket.on("conversation:read", async (payload, ack) => {
    const reply = typeof ack === "function" ? ack : () => {};
    const parsed = ReadPayloadSchema.safeParse(payload);
    if (!parsed.success) return reply(invalid(parsed.error));
    try {
      checkReadRate(ctx, userId);
      await markRead(ctx, userId, parsed.data.conversationId, parsed.data.seq);
      reply({ ok: true, value: null });
    } catch (error) {
      reply(failure(ctx, error));
    }
  });

  socket.on("conversation:typing", async (payload) => {
    const parsed = TypingPayloadSchema.safeParse(payload);
    if (!parsed.success) return;
    try {
      await typing.typing(parsed.data.conversationId);
    } catch (error) {
      ctx.log.warn({ err: error }, "could not pass on a typing notice");
    }
  });
};
