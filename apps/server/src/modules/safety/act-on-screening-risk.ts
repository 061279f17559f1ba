import { CSSRS_ACTIONS } from "@mentalverse/measures";
import type { AppContext, AuditEntry } from "../../context.js";
import type { Tx } from "../../db/database.js";
import type { RiskLevel } from "../../db/schema.js";
import { findCaseForScreening, insertSafetyCase, placeMatchingHold, raiseCaseRisk } from "./safety-repository.js";

const ORDER: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3 };

/**
 * Opens or escalates the safety case for a screening and holds matching when the level calls for
 * it. Runs for drafts too: a member who answers "yes" to Q4 and closes the page must still reach
 * the safety team, so the case opens from what is already answered, not only on submit.
 * Returns whether a case was opened or escalated, so the caller tells the team after commit.
 */
export async function actOnScreeningRisk(
  ctx: AppContext,
  trx: Tx,
  input: { userId: string; screeningId: string; risk: RiskLevel; now: Date; source: "draft" | "submitted" },
  meta: Omit<AuditEntry, "action" | "details">,
): Promise<{ caseId: string | null; alerted: boolean }> {
  const actions = CSSRS_ACTIONS[input.risk];
  let existing = await findCaseForScreening(trx, input.screeningId);
  let alerted = false;
  if (!existing && actions.openSafetyCase) {
    existing = await insertSafetyCase(trx, {
      userId: input.userId,
      screeningId: input.screeningId,
      risk: input.risk,
      now: input.now,
    });
    await ctx.audit.record(
      {
        ...meta,
        action: "safety.case_opened",
        details: { caseId: existing.id, level: input.risk, source: input.source },
      },
      trx,
    );
    alerted = true;
  } else if (existing && existing.status !== "resolved" && ORDER[input.risk] > ORDER[existing.risk]) {
    await raiseCaseRisk(trx, existing.id, input.risk);
    await ctx.audit.record(
      {
        ...meta,
        action: "safety.case_escalated",
        details: { caseId: existing.id, from: existing.risk, to: input.risk },
      },
      trx,
    );
    alerted = true;
  }
  if (actions.holdMatching && existing) {
    const reason = "High-risk safety screening";
    if (await placeMatchingHold(trx, { userId: input.userId, caseId: existing.id, reason, now: input.now })) {
      await ctx.audit.record({ ...meta, action: "safety.matching_hold_set", details: { caseId: existing.id } }, trx);
    }
  }
  return { caseId: existing?.id ?? null, alerted };
}
