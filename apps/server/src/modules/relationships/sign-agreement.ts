import type { RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { listAgreementVersions, signAgreementVersion } from "./agreements-repository.js";
import { NOTICES } from "./notices.js";
import { otherId, partyAction, requireActive } from "./party-action.js";
import { recordEvent } from "./record-transition.js";

/** Signs the latest proposed version; once both signed it is the current agreement. */
export async function signAgreement(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  version: number,
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    requireActive(rel, "Signing an agreement");
    const versions = await listAgreementVersions(trx, rel.id);
    const row = versions.find((v) => v.version === version);
    if (!row) throw notFound("Agreement version");
    if (row !== versions.at(-1)) {
      throw conflict("A newer version was proposed; read and sign that one", [
        { field: "version", reason: "Superseded" },
      ]);
    }
    const column = party === "mentee" ? "mentee_signed_at" : "mentor_signed_at";
    if (row[column]) {
      throw conflict("You already signed this version", [{ field: "version", reason: "Already signed" }]);
    }
    await signAgreementVersion(trx, rel.id, version, column, ctx.clock.now());
    await recordEvent(ctx, trx, rel, {
      action: "agreement_signed",
      actor: party,
      actorId: actor.userId,
      ip: actor.ip,
      requestId: actor.requestId,
      reason: `version ${version}`,
    });
    return [{ userId: otherId(rel, party), notice: NOTICES.agreementSigned(rel.id) }];
  });
}
