import type { Tx } from "../../db/database.js";
import { NOTICES, type Notice } from "./notices.js";
import { listOptions, updateProposal } from "./proposals-repository.js";

/**
 * After a decline or an expired offer: back to the reviewer with the next open option, or closed
 * when none is left (the mentee is then considered again in the next run).
 */
export async function passToNextOption(
  trx: Tx,
  proposal: { id: string; menteeId: string },
  now: Date,
): Promise<Notice> {
  const left = (await listOptions(trx, [proposal.id])).some((o) => o.status === "open");
  await updateProposal(trx, proposal.id, {
    status: left ? "in_review" : "closed",
    chosen_option_id: null,
    closed_reason: left ? null : "exhausted",
    updated_at: now,
  });
  return { userId: proposal.menteeId, notice: left ? NOTICES.passedOn : NOTICES.exhausted };
}
