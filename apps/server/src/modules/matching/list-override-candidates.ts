import { buildMentorIndex, recommendMentors } from "@mentalverse/matching";
import type { OverrideCandidatesResponse } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { loadOverrideInputs, matchingConfigAt } from "./matching-inputs.js";
import { findPeers } from "./peers-repository.js";
import { breakdownToStore, presentBreakdown } from "./presenter.js";
import { findProposal, listOptions } from "./proposals-repository.js";
import { withShareableReasons } from "./shareable-reasons.js";

const CANDIDATES = 10;

/**
 * Mentors a reviewer may choose instead of the proposed ones: those passing every hard constraint
 * for this mentee now, best first, leaving out mentors the proposal already offers.
 */
export async function listOverrideCandidates(ctx: AppContext, proposalId: string): Promise<OverrideCandidatesResponse> {
  const proposal = await findProposal(ctx.db, proposalId);
  if (!proposal) throw notFound("Proposal");
  const inputs = await loadOverrideInputs(ctx.db, proposal.mentee_id);
  const mentee = inputs?.mentees[0];
  if (!inputs || !mentee) return { candidates: [] };
  const already = new Set((await listOptions(ctx.db, [proposalId])).map((o) => o.mentor_id));
  const config = { ...matchingConfigAt(ctx.clock.now()), candidatesPerMentee: CANDIDATES + already.size };
  const found = recommendMentors(mentee, buildMentorIndex(inputs.mentors, config), inputs.rules, config)
    .filter((c) => !already.has(c.mentorId))
    .slice(0, CANDIDATES);
  const peers = await findPeers(
    ctx.db,
    found.map((c) => c.mentorId),
  );
  return {
    candidates: found.map((c) => ({
      mentor: { id: c.mentorId, displayName: peers.get(c.mentorId)?.displayName ?? "Mentor" },
      breakdown: presentBreakdown(c.total, breakdownToStore(withShareableReasons(c, inputs.shared, config))),
    })),
  };
}
