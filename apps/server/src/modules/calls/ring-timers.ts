/**
 * Missed-call timers, in the memory of the process that received the invite. With several
 * processes that process alone ends the call as missed; the end is a conditional update, so an
 * answer or hang-up handled by another process meanwhile wins. If the inviting process stops, the
 * end-stale-calls job (every minute, on whichever process runs jobs) ends the call as missed and
 * tells both members; until then the history shows it as missed and the next invite in the
 * conversation records it so (endStaleRings).
 */
const timers = new Map<string, ReturnType<typeof setTimeout>>();

export function startRinging(callId: string, ms: number, onTimeout: () => Promise<void>): void {
  const timer = setTimeout(() => {
    timers.delete(callId);
    void onTimeout();
  }, ms);
  // A ringing call must not keep a stopping process alive.
  timer.unref();
  timers.set(callId, timer);
}

export function stopRinging(callId: string): void {
  clearTimeout(timers.get(callId));
  timers.delete(callId);
}
