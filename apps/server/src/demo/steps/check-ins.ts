import type { Faker } from "@faker-js/faker";
import { type CssrsRisk, type QuestionnaireId, REASSESSMENT_INTERVAL_DAYS } from "@mentalverse/measures";
import { DAY, MINUTE } from "../../lib/clock.js";
import type { DemoContext, DemoMember, DemoStep } from "../demo-step.js";
import { demoMemberCount } from "../demo-step.js";
import { answersFor } from "../generate/answers.js";
import { screeningAnswersFor } from "../generate/screening-answers.js";
import { planTrajectory, targetAt } from "../generate/trajectory.js";
import { groupOf } from "../generate/words.js";
import { reviewCase, screen } from "./check-in-actions.js";
import { CheckInBatch } from "./check-in-batch.js";
import { planSafetyEvents, type SafetyPlan } from "./check-in-plans.js";

const plus = (at: Date, ms: number) => new Date(at.getTime() + ms);

/** Four-weekly check-in dates from baseline to now; people skip one now and then, and some stop. */
function checkInDates(rng: Faker, ctx: DemoContext, baseline: Date, mentor: boolean, keen: boolean): Date[] {
  const most = keen
    ? Number.POSITIVE_INFINITY
    : mentor
      ? rng.number.int({ min: 1, max: 4 })
      : rng.number.int({ min: 2, max: 12 });
  const dates = [baseline];
  for (let k = 1; dates.length < most; k++) {
    const at = plus(baseline, (k * REASSESSMENT_INTERVAL_DAYS + rng.number.int({ min: 0, max: 3 })) * DAY);
    if (at > ctx.now) break;
    if (rng.datatype.boolean({ probability: 0.1 })) continue;
    dates.push(at);
  }
  return dates;
}

/** An everyday screening result: nothing, or now and then a passing wish not to wake up (low). */
const everyday = (rng: Faker, mentor: boolean): CssrsRisk =>
  !mentor && rng.datatype.boolean({ probability: 0.15 }) ? "low" : "none";

async function checkInsOf(
  ctx: DemoContext,
  rng: Faker,
  batch: CheckInBatch,
  { member, mentor }: { member: DemoMember; mentor: boolean },
  plan: SafetyPlan | undefined,
) {
  const facts = ctx.community.facts.get(member.id);
  if (!facts) throw new Error("The check-ins step needs the onboarding and profile steps first");
  const who = { id: member.id, country: facts.country };
  const group = mentor ? "mentor" : groupOf(facts.primaryChallenge ?? "");
  // The memorable mentee login shows a full history that gets better.
  const showcase = member.id === ctx.community.mentees[0]?.id;
  const course = plan === "resolved" || showcase ? "improving" : plan ? "worsening" : undefined;
  const trajectory = planTrajectory(rng, group, course);
  const instruments: QuestionnaireId[] = ["phq9", "gad7", "who5"];
  if (rng.datatype.boolean({ probability: 0.35 })) instruments.push("pss10");

  // The onboarding screening comes right after the profile, before the baseline questionnaires.
  let lastScreening = plus(facts.onboardedAt, rng.number.int({ min: 45, max: 90 }) * MINUTE);
  batch.screening(who, screeningAnswersFor(rng, everyday(rng, mentor)), lastScreening, plus(lastScreening, MINUTE));
  const dates = checkInDates(rng, ctx, plus(lastScreening, 5 * MINUTE), mentor, showcase);
  const eventAt = plan === "resolved" ? Math.floor(dates.length / 2) : plan ? dates.length - 1 : -1;
  for (const [k, at] of dates.entries()) {
    const days = Math.round((at.getTime() - dates[0]!.getTime()) / DAY);
    const event = k === eventAt;
    let item9 = 0;
    let phq = targetAt(rng, trajectory, "phq9", days);
    if (event) {
      phq = Math.max(phq, plan === "moderate" ? 15 : 18);
      item9 = plan === "moderate" ? 1 : 2;
    } else if (!plan && phq >= 15 && rng.datatype.boolean({ probability: 0.2 })) {
      item9 = 1;
    }
    let t = at;
    let screeningRequired = false;
    for (const id of instruments) {
      const target = id === "phq9" ? phq : targetAt(rng, trajectory, id, days);
      const answers = answersFor(rng, id, target, id === "phq9" ? item9 : 0);
      screeningRequired = batch.measure(member.id, id, answers, t) || screeningRequired;
      t = plus(t, rng.number.int({ min: 2, max: 6 }) * MINUTE);
    }
    // A PHQ-9 item 9 above 0 asks for the screening at once; members answer it within the hour.
    const dueAgain = at.getTime() - lastScreening.getTime() >= ctx.services.rescreeningDays * DAY;
    if (!screeningRequired && !dueAgain) continue;
    lastScreening = plus(t, rng.number.int({ min: 5, max: 50 }) * MINUTE);
    if (screeningRequired) batch.request(member.id, at, plus(lastScreening, MINUTE));
    if (event && plan) {
      const caseId = await screen(ctx, rng, who, plan === "moderate" ? "moderate" : "high", lastScreening);
      if (!caseId) throw new Error("A demo disclosure opened no safety case");
      if (plan === "resolved") await reviewCase(ctx, rng, caseId, lastScreening, true);
      else if (rng.datatype.boolean({ probability: 0.5 })) await reviewCase(ctx, rng, caseId, lastScreening, false);
      continue;
    }
    // Someone who said item 9 applied at least wished, at times, not to wake up: a low screening.
    const risk = screeningRequired ? "low" : everyday(rng, mentor);
    batch.screening(who, screeningAnswersFor(rng, risk), lastScreening, plus(lastScreening, MINUTE));
  }
}

/**
 * Every member's safety screening and questionnaires over time: a screening at onboarding, a
 * baseline PHQ-9, GAD-7 and WHO-5 (some also the PSS-10), then every four weeks; a rescreening
 * when one falls due, and whenever PHQ-9 item 9 is above 0. Everyday results are scored and routed
 * by the library and written in bulk (check-in-batch.ts); the few mentees who disclose risk go
 * through the screening and safety services, which open their cases and holds (check-in-plans.ts).
 */
export const checkInsStep: DemoStep = {
  name: "check-ins",
  count: demoMemberCount,
  async run(ctx, rng, progress) {
    const plans = planSafetyEvents(ctx, rng);
    const batch = new CheckInBatch();
    const members = [
      ...ctx.community.mentees.map((member) => ({ member, mentor: false })),
      ...ctx.community.mentors.map((member) => ({ member, mentor: true })),
    ];
    for (const who of members) {
      await checkInsOf(ctx, rng, batch, who, plans.get(who.member.id));
      progress();
    }
    await batch.flush(ctx);
  },
};
