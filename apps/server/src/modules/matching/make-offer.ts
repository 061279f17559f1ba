import type { AppContext } from "../../context.js";
import type { Tx } from "../../db/database.js";
import { HOUR } from "../../lib/clock.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { NOTICES, type Notice } from "./notices.js";
import { insertOffer } from "./offers-repository.js";
import { type OptionRow, type ProposalRow, updateOption, updateProposal } from "./proposals-repository.js";

/**
 * Turns an approved option into an offer both people must accept within MATCH_OFFER_HOURS. A mentee
 * who picked this very option has already said yes. Returns the notices to send after commit.
 */
export async function makeOffer(
  ctx: AppContext,
  trx: Tx,
  input: {
    proposal: ProposalRow;
    option: OptionRow;
    actor: StaffActor;
    approval: "approved" | "override";
    reason: string | null;
  },
): Promise<Notice[]> {
  const { proposal, option, actor } = input;
  const now = ctx.clock.now();
  const hours = ctx.config.MATCH_OFFER_HOURS;
  const chosen = proposal.chosen_option_id === option.id;
  const offer = await insertOffer(trx, {
    proposal_id: proposal.id,
    option_id: option.id,
    mentee_id: proposal.mentee_id,
    mentor_id: option.mentor_id,
    status: "pending",
    approval: input.approval,
    approved_by: actor.userId,
    approval_reason: input.reason,
    mentee_accepted_at: chosen ? now : null,
    created_at: now,
    expires_at: new Date(now.getTime() + hours * HOUR),
  });
  await updateOption(trx, option.id, { status: "offered", decided_by: actor.userId, decision_reason: input.reason });
  await updateProposal(trx, proposal.id, { status: "offered", updated_at: now });
  await ctx.audit.record(
    {
      action: input.approval === "override" ? "matching.proposal_overridden" : "matching.proposal_approved",
      actorId: actor.userId,
      subjectId: proposal.mentee_id,
      ip: actor.ip,
      requestId: actor.requestId,
      details: {
        proposalId: proposal.id,
        optionId: option.id,
        offerId: offer.id,
        mentorId: option.mentor_id,
        chosenByMentee: chosen,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    },
    trx,
  );
  return [
    { userId: option.mentor_id, notice: NOTICES.offerToMentor(hours) },
    { userId: proposal.mentee_id, notice: chosen ? NOTICES.choiceApproved : NOTICES.offerToMentee(hours) },
  ];
}
