import type { Faker } from "@faker-js/faker";
import type { CssrsRisk } from "@mentalverse/measures";
import { DAY, HOUR } from "../../lib/clock.js";
import { assignSafetyCase } from "../../modules/safety/assign-safety-case.js";
import { resolveSafetyCase } from "../../modules/safety/resolve-safety-case.js";
import { findCaseForScreening } from "../../modules/safety/safety-repository.js";
import { BUILT_IN_CRISIS_LINES } from "../../modules/screening/crisis-resources.js";
import { saveScreeningDraft } from "../../modules/screening/save-screening-draft.js";
import { submitScreening } from "../../modules/screening/submit-screening.js";
import { DEMO_REQUEST } from "../demo-services.js";
import type { DemoContext } from "../demo-step.js";
import { DEMO_RESOLUTION_NOTES, screeningAnswersFor } from "../generate/screening-answers.js";

/** Answers the safety screening through the screening services: saved, then submitted. Returns its safety case, if one opened. */
export async function screen(
  ctx: DemoContext,
  rng: Faker,
  member: { id: string; country: string },
  risk: CssrsRisk,
  at: Date,
): Promise<string | null> {
  const answers = screeningAnswersFor(rng, risk);
  const country = member.country || undefined;
  await ctx.services.at(at, (app) => saveScreeningDraft(app, BUILT_IN_CRISIS_LINES, member.id, { answers, country }));
  const submitted = await ctx.services.at(new Date(at.getTime() + 60_000), (app) =>
    submitScreening(app, BUILT_IN_CRISIS_LINES, { userId: member.id, ...DEMO_REQUEST }, {}),
  );
  if (submitted.risk !== risk) throw new Error(`Demo screening routed to ${submitted.risk}, meant ${risk}`);
  const safetyCase = await findCaseForScreening(ctx.db, submitted.screening.id);
  return safetyCase?.id ?? null;
}

/**
 * The safety team picks up a case some hours later; when `resolve` is set they close it a day or
 * two after with a note and clear the matching hold. Nothing is dated after now.
 */
export async function reviewCase(
  ctx: DemoContext,
  rng: Faker,
  caseId: string,
  openedAt: Date,
  resolve: boolean,
): Promise<void> {
  const reviewer = ctx.community.staff.find((s) => s.roles.includes("safety"));
  if (!reviewer) throw new Error("The check-ins step needs the staff step's safety reviewer");
  const actor = { userId: reviewer.id, ...DEMO_REQUEST };
  const assignedAt = new Date(openedAt.getTime() + rng.number.int({ min: 1, max: 6 }) * HOUR);
  if (assignedAt > ctx.now) return;
  await ctx.services.at(assignedAt, (app) => assignSafetyCase(app, actor, caseId));
  const resolvedAt = new Date(assignedAt.getTime() + rng.number.int({ min: 1, max: 2 }) * DAY);
  if (!resolve || resolvedAt > ctx.now) return;
  const note = rng.helpers.arrayElement(DEMO_RESOLUTION_NOTES);
  await ctx.services.at(resolvedAt, (app) => resolveSafetyCase(app, actor, { caseId, note, clearMatchingHold: true }));
}
