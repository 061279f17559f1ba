import type { SocketAck } from "@mentalverse/shared";
import type { z } from "zod";
import type { AppContext } from "../../context.js";
import { AppError } from "../../lib/errors.js";
import { userRoom } from "../../realtime/rooms.js";
import type { SocketModule } from "../../realtime/server.js";
import { endCallBy, endOnDisconnect, endUnanswered } from "./end-call.js";
import { inviteCall } from "./invite-call.js";
import { relayIce, relaySignal } from "./relay-signal.js";
import { startRinging, stopRinging } from "./ring-timers.js";
import { RING_TIMEOUT_MS } from "./rules.js";
import { EndPayloadSchema, IcePayloadSchema, InvitePayloadSchema, SignalPayloadSchema } from "./socket-payloads.js";

type Reply<T> = (result: SocketAck<T>) => void;

/** Validates the payload, runs the action and answers with a SocketAck; never throws into Socket.IO. */
async function handle<S extends z.ZodType, T>(
  ctx: AppContext,
  schema: S,
  payload: unknown,
  reply: Reply<T>,
  action: (input: z.output<S>) => Promise<T>,
): Promise<void> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reply({ ok: false, status: 400, error: issue?.message ?? "invalid", field: issue?.path.join(".") });
  }
  try {
    reply({ ok: true, value: await action(parsed.data) });
  } catch (error) {
    if (error instanceof AppError) {
      reply({ ok: false, status: error.status, error: error.message, field: error.details?.[0]?.field });
    } else {
      ctx.log.error({ err: error }, "call signalling failed");
      reply({ ok: false, status: 500, error: "unavailable" });
    }
  }
}

const ignore = () => {};

/**
 * Call signalling on an authenticated socket. The socket that invites, and the one that answers,
 * are the call's ends: only they may signal and trickle ICE (not the same member's other tabs), and
 * when either disconnects the call ends as disconnected (no grace period, so the other side is never
 * left talking to nobody; a reload means calling again). Each socket knows its own calls, so this
 * holds with several processes too.
 */
export const callsSocketModule: SocketModule = (ctx, socket, userId) => {
  const inCalls = new Set<string>();

  socket.on("call:invite", (payload, ack) => {
    const reply: Reply<{ callId: string }> = typeof ack === "function" ? ack : ignore;
    void handle(ctx, InvitePayloadSchema, payload, reply, async (input) => {
      const { call, busy, callerName } = await inviteCall(ctx, userId, input);
      if (busy) {
        // After the ack on this same socket, so the caller already knows the call id.
        setImmediate(() => socket.emit("call:ended", { callId: call.id, reason: "busy" }));
        return { callId: call.id };
      }
      inCalls.add(call.id);
      ctx.realtime.emitToUser(call.callee_id, "call:incoming", {
        callId: call.id,
        conversationId: call.conversation_id,
        fromUserId: userId,
        fromName: callerName,
        media: call.media,
        sdp: input.sdp,
        // Relayed as sent: the callee's browser checks them against the caller's devices.
        deviceId: input.deviceId,
        signature: input.signature,
      });
      startRinging(call.id, RING_TIMEOUT_MS, () =>
        endUnanswered(ctx, call.id).catch((error) => ctx.log.warn({ err: error }, "could not end a missed call")),
      );
      return { callId: call.id };
    });
  });

  socket.on("call:signal", (payload, ack) => {
    const reply: Reply<null> = typeof ack === "function" ? ack : ignore;
    void handle(ctx, SignalPayloadSchema, payload, reply, async (signal) => {
      if (await relaySignal(ctx, userId, signal, inCalls.has(signal.callId))) {
        stopRinging(signal.callId);
        inCalls.add(signal.callId);
        // The callee's other tabs and devices stop ringing (the contract has no "answered elsewhere").
        socket.to(userRoom(userId)).emit("call:ended", { callId: signal.callId, reason: "hangup" });
      }
      return null;
    });
  });

  socket.on("call:ice", (payload) => {
    void handle(ctx, IcePayloadSchema, payload, ignore, (ice) => relayIce(ctx, userId, ice, inCalls.has(ice.callId)));
  });

  socket.on("call:end", (payload) => {
    void handle(ctx, EndPayloadSchema, payload, ignore, async ({ callId, reason }) => {
      await endCallBy(ctx, userId, callId, reason);
      stopRinging(callId);
      inCalls.delete(callId);
    });
  });

  socket.on("disconnect", () => {
    for (const callId of inCalls) {
      stopRinging(callId);
      endOnDisconnect(ctx, callId).catch((error) => ctx.log.warn({ err: error }, "could not end a dropped call"));
    }
    inCalls.clear();
  });
};
