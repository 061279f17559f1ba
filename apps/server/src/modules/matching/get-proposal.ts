import type { MatchProposal } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import { findPendingOfferOfProposal } from "./offers-repository.js";
import { presentProposal } from "./presenter.js";
import { findProposal, listOptions, listProposalsInReview } from "./proposals-repository.js";

export async function getProposal(db: Db, id: string): Promise<MatchProposal> {
  const proposal = await findProposal(db, id);
  if (!proposal) throw notFound("Proposal");
  return presentProposal(proposal, await listOptions(db, [id]), await findPendingOfferOfProposal(db, id));
}

/** The reviewer queue: proposals awaiting a decision, flagged ones first, then oldest first. */
export async function listReviewQueue(
  db: Db,
  query: { flagged?: "true" | "false" | undefined; limit: number; offset: number },
): Promise<{ proposals: MatchProposal[]; total: number }> {
  const flagged = query.flagged === undefined ? undefined : query.flagged === "true";
  const { rows, total } = await listProposalsInReview(db, { flagged, limit: query.limit, offset: query.offset });
  const options = await listOptions(
    db,
    rows.map((r) => r.id),
  );
  return { proposals: rows.map((r) => presentProposal(r, options, undefined)), total };
}
