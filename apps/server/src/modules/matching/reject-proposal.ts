import type { MatchProposal } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { getProposal } from "./get-proposal.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { selectedOption } from "./presenter.js";
import { listOptions, lockProposal, updateOption, updateProposal } from "./proposals-repository.js";

/**
 * A reviewer turns down the proposed match, with a reason kept for staff. The next open option
 * becomes the proposal; with none left the mentee waits for the next run.
 */
export async function rejectProposal(
  ctx: AppContext,
  actor: StaffActor,
  proposalId: string,
  input: { reason: string },
): Promise<MatchProposal> {
  const notices = await ctx.database.transaction(async (trx) => {
    const proposal = await lockProposal(trx, proposalId);
    if (!proposal) throw notFound("Proposal");
    if (proposal.status !== "in_review") {
      throw conflict("This proposal is not waiting for review", [{ field: "status", reason: proposal.status }]);
    }
    const options = await listOptions(trx, [proposalId]);
    const option = selectedOption(proposal.chosen_option_id, options);
    if (!option) throw conflict("No option is left open to reject");
    const now = ctx.clock.now();
    await updateOption(trx, option.id, { status: "rejected", decided_by: actor.userId, decision_reason: input.reason });
    const left = options.some((o) => o.status === "open" && o.id !== option.id);
    await updateProposal(trx, proposalId, {
      chosen_option_id: null,
      ...(left ? {} : { status: "closed" as const, closed_reason: "rejected" }),
      updated_at: now,
    });
    await ctx.audit.record(
      {
        action: "matching.proposal_rejected",
        actorId: actor.userId,
        subjectId: proposal.mentee_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { proposalId, optionId: option.id, mentorId: option.mentor_id, reason: input.reason, closed: !left },
      },
      trx,
    );
    const out: Notice[] = [];
    if (!left) out.push({ userId: proposal.mentee_id, notice: NOTICES.exhausted });
    else if (proposal.chosen_option_id === option.id) {
      out.push({ userId: proposal.mentee_id, notice: NOTICES.choiceNotApproved });
    }
    return out;
  });
  await sendNotices(ctx, notices);
  return getProposal(ctx.db, proposalId);
}
