import type { AgreementTerms, RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestActor } from "./actor.js";
import { insertAgreementVersion, listAgreementVersions } from "./agreements-repository.js";
import { NOTICES } from "./notices.js";
import { nameOf, otherId, partyAction, requireActive } from "./party-action.js";
import { recordEvent } from "./record-transition.js";

/**
 * Either of the pair proposes the agreement, or a change to it: a new version the proposer signs
 * by proposing and the other signs to make current. An unsigned older proposal is superseded.
 */
export async function proposeAgreement(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  terms: AgreementTerms,
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    requireActive(rel, "An agreement");
    const versions = await listAgreementVersions(trx, rel.id);
    const version = (versions.at(-1)?.version ?? 0) + 1;
    const now = ctx.clock.now();
    await insertAgreementVersion(trx, {
      relationship_id: rel.id,
      version,
      terms,
      proposed_by: party,
      proposed_at: now,
      mentee_signed_at: party === "mentee" ? now : null,
      mentor_signed_at: party === "mentor" ? now : null,
    });
    await recordEvent(ctx, trx, rel, {
      action: "agreement_proposed",
      actor: party,
      actorId: actor.userId,
      ip: actor.ip,
      requestId: actor.requestId,
      reason: `version ${version}`,
    });
    return [{ userId: otherId(rel, party), notice: NOTICES.agreementProposed(rel.id, nameOf(rel, party)) }];
  });
}
