import type { Compatibility } from "@mentalverse/matching";
import type { Db } from "../../db/database.js";
import { breakdownToStore } from "./presenter.js";
import { insertProposal } from "./proposals-repository.js";

/** Up to three ranked options per mentee: the assignment's primary first, then the alternatives. */
export const OPTIONS_PER_MENTEE = 3;

/** Stores one proposal per mentee with options; returns the mentees who got one (not those already holding one). */
export async function storeProposals(
  db: Db,
  runId: string,
  ranked: readonly { menteeId: string; options: readonly Compatibility[] }[],
  now: Date,
): Promise<string[]> {
  const stored: string[] = [];
  for (const { menteeId, options } of ranked) {
    if (options.length === 0) continue;
    const id = await insertProposal(db, {
      runId,
      menteeId,
      now,
      options: options.slice(0, OPTIONS_PER_MENTEE).map((c, i) => ({
        mentor_id: c.mentorId,
        rank: i + 1,
        source: "algorithm" as const,
        status: "open" as const,
        total: c.total,
        breakdown: JSON.stringify(breakdownToStore(c)),
        created_at: now,
      })),
    });
    if (id) stored.push(menteeId);
  }
  return stored;
}
