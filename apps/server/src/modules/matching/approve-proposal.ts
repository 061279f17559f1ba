import type { MatchProposal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, invalidField, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { checkPair } from "./check-pair.js";
import { getProposal } from "./get-proposal.js";
import { makeOffer } from "./make-offer.js";
import { sendNotices } from "./notices.js";
import { selectedOption } from "./presenter.js";
import { listOptions, lockProposal } from "./proposals-repository.js";

/**
 * A reviewer approves the proposed match (the mentee's pick, else the best open option, or the
 * option named) after the hard constraints are checked again as things stand now.
 */
export async function approveProposal(
  ctx: AppContext,
  actor: StaffActor,
  proposalId: string,
  input: { optionId?: string | undefined },
): Promise<MatchProposal> {
  const notices = await ctx.database.transaction(async (trx) => {
    const proposal = await lockProposal(trx, proposalId);
    if (!proposal) throw notFound("Proposal");
    if (proposal.status !== "in_review") {
      throw conflict("This proposal is not waiting for review", [{ field: "status", reason: proposal.status }]);
    }
    const options = await listOptions(trx, [proposalId]);
    const named = input.optionId ? options.find((o) => o.id === input.optionId) : undefined;
    if (input.optionId && !named) throw invalidField("optionId", "Not an option of this proposal");
    if (named && named.status !== "open") {
      throw conflict("This option is no longer open", [{ field: "optionId", reason: named.status }]);
    }
    const option = named ?? selectedOption(proposal.chosen_option_id, options);
    if (!option) throw conflict("No option is left open; override with another mentor or reject");
    const { exclusions } = await checkPair(trx, proposal.mentee_id, option.mentor_id, ctx.clock.now());
    if (exclusions.length > 0) {
      throw conflict(
        "This match no longer passes the hard constraints",
        exclusions.map((e) => ({ field: "optionId", reason: e.message })),
      );
    }
    return makeOffer(ctx, trx, { proposal, option, actor, approval: "approved", reason: null });
  });
  await sendNotices(ctx, notices);
  return getProposal(ctx.db, proposalId);
}
