import type { Faker } from "@faker-js/faker";
import { DAY } from "../../lib/clock.js";
import type { DemoContext } from "../demo-step.js";

/**
 * The few mentees whose screenings reach the safety team. `high` and `moderate` disclose at their
 * latest check-in, so their cases are open now (a high one holds matching); `resolved` did so
 * months ago, and the safety team has since closed the case and cleared the hold.
 */
export type SafetyPlan = "high" | "moderate" | "resolved";

const scaledAtLeastOne = (n: number, fraction: number) => Math.max(1, Math.round(n * fraction));

export function planSafetyEvents(ctx: DemoContext, rng: Faker): Map<string, SafetyPlan> {
  // The memorable mentee login stays an everyday member; nobody exploring the demo lands on a crisis.
  const candidates = rng.helpers.shuffle(ctx.community.mentees.slice(1));
  const plans = new Map<string, SafetyPlan>();
  const longStanding = (id: string) => {
    const onboarded = ctx.community.facts.get(id)?.onboardedAt;
    return onboarded !== undefined && ctx.now.getTime() - onboarded.getTime() > 120 * DAY;
  };
  const take = (plan: SafetyPlan, count: number, fits: (id: string) => boolean = () => true) => {
    for (const m of candidates) {
      if (count === 0) return;
      if (plans.has(m.id) || !fits(m.id)) continue;
      plans.set(m.id, plan);
      count -= 1;
    }
  };
  const n = ctx.community.mentees.length;
  take("resolved", Math.min(2, scaledAtLeastOne(n, 0.01)), longStanding);
  take("high", scaledAtLeastOne(n, 0.03));
  take("moderate", scaledAtLeastOne(n, 0.05));
  return plans;
}
