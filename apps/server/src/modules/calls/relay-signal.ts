import type { CallIce, CallSignal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { Executor } from "../../db/database.js";
import { conflict, notFound } from "../../lib/errors.js";
import { type CallRow, findCall, markAnswered } from "./calls-repository.js";

/** The call, when the member is its caller or callee and it has not ended; 404 for anyone else. */
async function liveCallOf(db: Executor, callId: string, userId: string): Promise<CallRow> {
  const call = await findCall(db, callId);
  if (!call || call.ended_at || (call.caller_id !== userId && call.callee_id !== userId)) throw notFound("Call");
  return call;
}

const otherParty = (call: CallRow, userId: string) => (call.caller_id === userId ? call.callee_id : call.caller_id);

const elsewhere = () =>
  conflict("This call was answered on another device", [{ field: "callId", reason: "answered elsewhere" }]);

/**
 * Passes an SDP answer or offer to the other party. Until the call is answered only the callee may
 * send, and only its answer (which records answered_at); afterwards either end may renegotiate
 * (screen sharing), from the socket that is in the call (`fromCallSocket`), not another tab.
 * Returns whether this signal answered the call.
 */
export async function relaySignal(
  ctx: AppContext,
  userId: string,
  signal: CallSignal,
  fromCallSocket: boolean,
): Promise<boolean> {
  const call = await liveCallOf(ctx.db, signal.callId, userId);
  let answered = false;
  if (call.answered_at && !fromCallSocket) throw elsewhere();
  if (!call.answered_at) {
    if (call.callee_id !== userId || signal.type !== "answer") {
      throw conflict("The call has not been answered yet", [{ field: "type", reason: "not answered yet" }]);
    }
    answered = await markAnswered(ctx.db, call.id, ctx.clock.now());
    // Another tab of the callee answered first (or the call ended) in the meantime.
    if (!answered) throw elsewhere();
  }
  ctx.realtime.emitToUser(otherParty(call, userId), "call:signal", signal);
  return answered;
}

/** Passes an ICE candidate (null: end of candidates) from an end of a call that has not ended to the other. */
export async function relayIce(ctx: AppContext, userId: string, ice: CallIce, fromCallSocket: boolean): Promise<void> {
  if (!fromCallSocket) throw notFound("Call");
  const call = await liveCallOf(ctx.db, ice.callId, userId);
  ctx.realtime.emitToUser(otherParty(call, userId), "call:ice", ice);
}
