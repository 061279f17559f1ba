import { HOUR } from "../../lib/clock.js";

/** An invite nobody answers ends as missed after this long. */
export const RING_TIMEOUT_MS = 45_000;
/**
 * An answered call with no recorded end counts as live (its members busy) for at most this long:
 * a process that crashed mid-call never records the end, and nobody should stay busy for ever.
 * Past it the end-stale-calls job records the call as disconnected.
 */
export const MAX_LIVE_CALL_MS = 12 * HOUR;
/** How long past its ringing time an unanswered call no process ended is taken as missed. */
export const STALE_RING_GRACE_MS = 15_000;

/**
 * Calls with no recorded end that started after these moments are live (ringing, or answered);
 * the busy check and the end-stale-calls job share them, so every open call is one or the other.
 */
export function liveCallBounds(now: Date): { ringingSince: Date; answeredSince: Date } {
  return {
    ringingSince: new Date(now.getTime() - RING_TIMEOUT_MS - STALE_RING_GRACE_MS),
    answeredSince: new Date(now.getTime() - MAX_LIVE_CALL_MS),
  };
}

/** History shows this many calls, newest first. */
export const HISTORY_LIMIT = 100;
