import type { CallEndReason } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { type CallRow, endCall, findCall } from "./calls-repository.js";

/** Tells both members (each of their open tabs: a second tab still ringing stops) that the call ended. */
export function announce(ctx: AppContext, call: CallRow, reason: CallEndReason): void {
  ctx.realtime.emitToUsers([call.caller_id, call.callee_id], "call:ended", { callId: call.id, reason });
}

/**
 * A party ends the call. Declining and busy are the callee's answers to a ringing call; from anyone
 * else, or once answered, they are recorded as a hang-up. Ending an ended call changes nothing.
 */
export async function endCallBy(
  ctx: AppContext,
  userId: string,
  callId: string,
  requested: "hangup" | "declined" | "busy" | "failed",
): Promise<void> {
  const call = await findCall(ctx.db, callId);
  if (!call || (call.caller_id !== userId && call.callee_id !== userId)) throw notFound("Call");
  const calleeRefusing = call.callee_id === userId && !call.answered_at;
  const reason = (requested === "declined" || requested === "busy") && !calleeRefusing ? "hangup" : requested;
  const ended = await endCall(ctx.db, callId, reason, ctx.clock.now());
  if (ended) announce(ctx, ended, reason);
}

/** The ringing time ran out: missed, unless it was answered or ended meanwhile (on any process). */
export async function endUnanswered(ctx: AppContext, callId: string): Promise<void> {
  const ended = await endCall(ctx.db, callId, "missed", ctx.clock.now(), true);
  if (ended) announce(ctx, ended, "missed");
}

/** The socket a party was calling from went away. */
export async function endOnDisconnect(ctx: AppContext, callId: string): Promise<void> {
  const ended = await endCall(ctx.db, callId, "disconnected", ctx.clock.now());
  if (ended) announce(ctx, ended, "disconnected");
}
