import type { CheckInSupport } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { DAY } from "../../lib/clock.js";
import { type CrisisLine, crisisResourcesFor } from "../screening/crisis-resources.js";
import type { CheckInRow } from "./check-ins-repository.js";
import { findLatestCountry } from "./membership-repository.js";

/** The mood that always brings crisis lines with it. */
export const VERY_LOW_MOOD = 1;
/** How long a very low check-in keeps the crisis lines on the check-ins page, unless a newer one is better. */
export const SUPPORT_SHOWN_FOR_MS = 14 * DAY;

const FOR_AUTHOR =
  "You told us you are feeling very low. Your mentor is a peer, not crisis care. If you might hurt yourself or are in danger, please contact one of these lines now, or your local emergency number.";
const FOR_PEER =
  "A very low mood was shared here recently. Peer support is not crisis care: if either of you may be in danger, use these lines or call your local emergency number, and tell a supervisor.";

/** Crisis lines for the viewer's own country (from their latest screening), then the international ones. */
export async function supportFor(
  db: Db,
  lines: readonly CrisisLine[],
  viewerId: string,
  reporterId: string,
): Promise<CheckInSupport> {
  return {
    message: viewerId === reporterId ? FOR_AUTHOR : FOR_PEER,
    crisisResources: crisisResourcesFor(lines, await findLatestCountry(db, viewerId)),
  };
}

/** Whose recent latest check-in was very low, if anyone's: rows are newest first. */
export function recentVeryLowReporter(rows: readonly CheckInRow[], now: Date): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    if (now.getTime() - row.created_at.getTime() > SUPPORT_SHOWN_FOR_MS) break;
    if (seen.has(row.author_id)) continue;
    seen.add(row.author_id);
    if (row.mood <= VERY_LOW_MOOD) return row.author_id;
  }
  return null;
}
