import { scoreCompatibility } from "@mentalverse/matching";
import type { MatchProposal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { AppError, conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { checkPair } from "./check-pair.js";
import { getProposal } from "./get-proposal.js";
import { makeOffer } from "./make-offer.js";
import { matchingConfigAt } from "./matching-inputs.js";
import { sendNotices } from "./notices.js";
import { breakdownToStore } from "./presenter.js";
import { insertOption, listOptions, lockProposal, updateOption } from "./proposals-repository.js";
import { withShareableReasons } from "./shareable-reasons.js";

/**
 * A reviewer offers a mentor of their own choosing, with a reason. The pair must still pass every
 * hard constraint (422 naming each one it fails); the mentee then accepts like any offer.
 */
export async function overrideProposal(
  ctx: AppContext,
  actor: StaffActor,
  proposalId: string,
  input: { mentorId: string; reason: string },
): Promise<MatchProposal> {
  const notices = await ctx.database.transaction(async (trx) => {
    const proposal = await lockProposal(trx, proposalId);
    if (!proposal) throw notFound("Proposal");
    if (proposal.status !== "in_review") {
      throw conflict("This proposal is not waiting for review", [{ field: "status", reason: proposal.status }]);
    }
    const now = ctx.clock.now();
    const { exclusions, pair } = await checkPair(trx, proposal.mentee_id, input.mentorId, now);
    if (exclusions.length > 0 || !pair) {
      throw new AppError(
        422,
        "unprocessable",
        "This mentor does not pass the hard constraints for this mentee",
        exclusions.map((e) => ({ field: "mentorId", reason: e.message })),
      );
    }
    const options = await listOptions(trx, [proposalId]);
    const existing = options.find((o) => o.mentor_id === input.mentorId);
    let option = existing;
    if (existing && existing.status !== "open") await updateOption(trx, existing.id, { status: "open" });
    if (!option) {
      const config = matchingConfigAt(now);
      const score = withShareableReasons(scoreCompatibility(pair.mentee, pair.mentor, config), pair.shared, config);
      option = {
        ...(await insertOption(trx, {
          proposal_id: proposalId,
          mentor_id: input.mentorId,
          rank: Math.max(0, ...options.map((o) => o.rank)) + 1,
          source: "override",
          status: "open",
          total: score.total,
          breakdown: JSON.stringify(breakdownToStore(score)),
          created_at: now,
        })),
        mentor_name: "",
      };
    }
    return makeOffer(ctx, trx, { proposal, option, actor, approval: "override", reason: input.reason });
  });
  await sendNotices(ctx, notices);
  return getProposal(ctx.db, proposalId);
}
