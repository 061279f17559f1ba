import type { MyMatchOptions } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import { getMyOptions } from "./get-my-options.js";
import { findOption, lockProposal, updateProposal } from "./proposals-repository.js";

/**
 * The mentee picks one of their options; a reviewer still approves it, and picking counts as the
 * mentee's acceptance when it is offered. They can change their pick until a reviewer acts.
 */
export async function chooseOption(
  ctx: AppContext,
  actor: { userId: string; ip: string | null; requestId: string },
  optionId: string,
): Promise<MyMatchOptions> {
  await ctx.database.transaction(async (trx) => {
    const option = await findOption(trx, optionId);
    const proposal = option && (await lockProposal(trx, option.proposal_id));
    // Someone else's option reads as missing, so option ids reveal nothing.
    if (!option || !proposal || proposal.mentee_id !== actor.userId) throw notFound("Option");
    if (proposal.status !== "in_review") {
      throw conflict("A reviewer has already acted on these options", [{ field: "optionId", reason: proposal.status }]);
    }
    if (option.status !== "open") {
      throw conflict("This option is no longer open", [{ field: "optionId", reason: option.status }]);
    }
    await updateProposal(trx, proposal.id, { chosen_option_id: option.id, updated_at: ctx.clock.now() });
    await ctx.audit.record(
      {
        action: "matching.option_chosen",
        actorId: actor.userId,
        subjectId: actor.userId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { proposalId: proposal.id, optionId: option.id, mentorId: option.mentor_id },
      },
      trx,
    );
  });
  return getMyOptions(ctx.db, actor.userId);
}
