import type { RelationshipState } from "@mentalverse/shared";

/** The threshold: supervisors are alerted to relationships with no contact for 21 days. */
export const STUCK_DAYS = 21;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Only an active pair can be stuck; a pause is a choice, and an ended relationship has nothing to wait for. */
export function isStuck(row: { status: RelationshipState; lastContactAt: string }, now: Date): boolean {
  const last = new Date(row.lastContactAt).getTime();
  return row.status === "active" && !Number.isNaN(last) && now.getTime() - last >= STUCK_DAYS * DAY_MS;
}
