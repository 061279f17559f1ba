import type { MatchProposal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { getProposal } from "./get-proposal.js";
import { lockProposal, updateProposal } from "./proposals-repository.js";

/** Marks a proposal for special consideration; it stays in the queue, first, with the reason visible. */
export async function flagProposal(
  ctx: AppContext,
  actor: StaffActor,
  proposalId: string,
  input: { reason: string },
): Promise<MatchProposal> {
  await ctx.database.transaction(async (trx) => {
    const proposal = await lockProposal(trx, proposalId);
    if (!proposal) throw notFound("Proposal");
    if (proposal.status !== "in_review") {
      throw conflict("Only proposals waiting for review can be flagged", [
        { field: "status", reason: proposal.status },
      ]);
    }
    await updateProposal(trx, proposalId, { flagged: true, flag_reason: input.reason, updated_at: ctx.clock.now() });
    await ctx.audit.record(
      {
        action: "matching.proposal_flagged",
        actorId: actor.userId,
        subjectId: proposal.mentee_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { proposalId, reason: input.reason },
      },
      trx,
    );
  });
  return getProposal(ctx.db, proposalId);
}
