import type { CallEndReason, CallMedia, CallRecord } from "@mentalverse/shared";
import type { CallState } from "./call-state.js";

/** 75 -> "1:15"; 3725 -> "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export const mediaLabel = (media: CallMedia) => (media === "video" ? "Video call" : "Audio call");

const ENDED: Record<CallEndReason, string> = {
  hangup: "Call ended",
  declined: "Call declined",
  busy: "They are in another call",
  failed: "Call failed",
  missed: "No answer",
  disconnected: "Call ended: the connection dropped",
};

/** The sentence the in-call panel shows, and screen readers announce when it changes. */
export function statusText(state: CallState): string {
  switch (state.phase) {
    case "starting":
      return `Starting a ${state.media} call with ${state.peerName}…`;
    case "outgoing":
      return `Calling ${state.peerName}…`;
    case "incoming":
      return `${state.peerName} is calling`;
    case "connecting":
      return "Connecting…";
    case "connected":
      return "Connected";
    case "ended":
      return state.endReason ? ENDED[state.endReason] : "Call ended";
    default:
      return "";
  }
}

/** One history line from the viewer's side: "Outgoing video call, 4:05" or "Missed audio call". */
export function describeCall(call: CallRecord, viewerId: string): string {
  const outgoing = call.callerId === viewerId;
  const kind = call.media === "video" ? "video call" : "audio call";
  if (call.durationSeconds !== null) {
    return `${outgoing ? "Outgoing" : "Incoming"} ${kind}, ${formatDuration(call.durationSeconds)}`;
  }
  if (!call.endedAt) return `${outgoing ? "Outgoing" : "Incoming"} ${kind}, in progress`;
  switch (call.endReason) {
    case "declined":
      return outgoing ? `Declined ${kind}` : `You declined a ${kind}`;
    case "busy":
      return outgoing ? `Unanswered ${kind} (busy)` : `Missed ${kind} (you were in another call)`;
    case "failed":
      return `Failed ${kind}`;
    default:
      return outgoing ? `Unanswered ${kind}` : `Missed ${kind}`;
  }
}
