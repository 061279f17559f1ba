import type { Faker } from "@faker-js/faker";
import type { CssrsRisk } from "@mentalverse/measures";
import type { CssrsAnswersInput } from "@mentalverse/shared";

/**
 * C-SSRS screener answers that route to `risk`, following the form's skip logic (Q3-Q5 only after
 * a yes to Q2; the recency question only after a yes to Q6). The screening service does the
 * routing; these only have to be answers a member could give.
 */
export function screeningAnswersFor(rng: Faker, risk: CssrsRisk): CssrsAnswersInput {
  switch (risk) {
    case "none":
      return { q1: false, q2: false, q6: false };
    case "low":
      return rng.datatype.boolean({ probability: 0.7 })
        ? { q1: true, q2: false, q6: false }
        : { q1: true, q2: true, q3: false, q4: false, q5: false, q6: false };
    case "moderate":
      // Thoughts of a method, or something done long ago.
      return rng.datatype.boolean({ probability: 0.6 })
        ? { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false }
        : { q1: true, q2: false, q6: true, q6Within3Months: false };
    case "high":
      return { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false };
  }
}

/** What a safety reviewer wrote when closing a case; invented, like everything in the demo. */
export const DEMO_RESOLUTION_NOTES = [
  "Called the member the same day. They have a safety plan with their GP and a friend staying over this week. Agreed matching can resume.",
  "Spoke by phone; thoughts have eased since starting new support from their community mental health team. Safety plan in place.",
];
