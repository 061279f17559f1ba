import type { MentoringSession } from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

/** Upcoming sessions soonest first; past ones (ended) most recent first. */
export function splitSessions(sessions: readonly MentoringSession[], now: number) {
  const upcoming = sessions.filter((s) => Date.parse(s.endsAt) > now);
  const past = sessions.filter((s) => Date.parse(s.endsAt) <= now).reverse();
  return { upcoming, past };
}

export const hasStarted = (session: MentoringSession, now: number) => Date.parse(session.startsAt) <= now;

/** The session's state in words, from the viewer's side. */
export function sessionStatus(session: MentoringSession, now: number): { label: string; tone: Tone } {
  if (session.status === "cancelled") return { label: "Cancelled", tone: "neutral" };
  if (session.status === "scheduled") return { label: "Agreed", tone: "good" };
  if (hasStarted(session, now)) return { label: "Never confirmed", tone: "warn" };
  if (session.awaitingOther) return { label: "Waiting for your partner to confirm", tone: "info" };
  return { label: "Please confirm or cancel", tone: "warn" };
}

export const DURATIONS = [15, 30, 45, 60, 90, 120] as const;
