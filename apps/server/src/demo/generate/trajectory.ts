import type { Faker } from "@faker-js/faker";
import type { QuestionnaireId } from "@mentalverse/measures";
import { RAW_RANGE } from "./answers.js";

export type Course = "improving" | "flat" | "worsening";

/** Where a member's scores start and where they head (raw totals; WHO-5 raw 0-25, higher is better). */
export type Trajectory = { course: Course } & Record<QuestionnaireId, { start: number; end: number }>;

/** Baseline PHQ-9 and GAD-7 ranges by what the member is working on. */
const BASELINES: Record<string, { phq: [number, number]; gad: [number, number] }> = {
  depression: { phq: [11, 21], gad: [6, 14] },
  anxiety: { phq: [6, 14], gad: [10, 18] },
  social: { phq: [5, 12], gad: [9, 16] },
  trauma: { phq: [9, 18], gad: [9, 17] },
  stress: { phq: [5, 12], gad: [7, 14] },
  substance: { phq: [7, 15], gad: [6, 13] },
  loss: { phq: [9, 17], gad: [5, 12] },
  life: { phq: [4, 13], gad: [3, 12] },
  mentor: { phq: [0, 5], gad: [0, 5] },
};

const clamp = (id: QuestionnaireId, v: number) =>
  Math.max(RAW_RANGE[id].min, Math.min(RAW_RANGE[id].max, Math.round(v)));

/** Most members improve, some stay level, a few get worse; mentors hold steady and well. */
export function planTrajectory(rng: Faker, group: string, course?: Course): Trajectory {
  const chosen =
    course ??
    (group === "mentor"
      ? "flat"
      : rng.helpers.weightedArrayElement([
          { value: "improving" as const, weight: 60 },
          { value: "flat" as const, weight: 25 },
          { value: "worsening" as const, weight: 15 },
        ]));
  const base = BASELINES[group] ?? BASELINES.life!;
  const phq = rng.number.int({ min: base.phq[0], max: base.phq[1] });
  const gad = rng.number.int({ min: base.gad[0], max: base.gad[1] });
  const who5 = clamp("who5", 25 - phq * 0.7 - gad * 0.2 + rng.number.int({ min: -2, max: 2 }));
  const pss = clamp("pss10", 8 + phq * 0.7 + gad * 0.4 + rng.number.int({ min: -3, max: 3 }));
  const lower = (start: number, id: QuestionnaireId) => {
    if (chosen === "improving") return clamp(id, start * rng.number.float({ min: 0.3, max: 0.7 }));
    if (chosen === "worsening") return clamp(id, start + rng.number.int({ min: 4, max: 8 }));
    return clamp(id, start + rng.number.int({ min: -2, max: 2 }));
  };
  const who5End =
    chosen === "improving"
      ? clamp("who5", who5 + (25 - who5) * rng.number.float({ min: 0.3, max: 0.6 }))
      : chosen === "worsening"
        ? clamp("who5", who5 - rng.number.int({ min: 3, max: 6 }))
        : clamp("who5", who5 + rng.number.int({ min: -1, max: 1 }));
  return {
    course: chosen,
    phq9: { start: phq, end: lower(phq, "phq9") },
    gad7: { start: gad, end: lower(gad, "gad7") },
    who5: { start: who5, end: who5End },
    pss10: { start: pss, end: lower(pss, "pss10") },
  };
}

/**
 * The target score `days` after baseline: most of the change comes in the first months and it
 * levels off by about six, with a little week-to-week noise. Day 0 is the baseline itself.
 */
export function targetAt(rng: Faker, trajectory: Trajectory, id: QuestionnaireId, days: number): number {
  const { start, end } = trajectory[id];
  if (days === 0) return start;
  const p = Math.min(1, days / 168);
  const eased = (1 - Math.exp(-3 * p)) / (1 - Math.exp(-3));
  return clamp(id, start + (end - start) * eased + rng.number.float({ min: -1.5, max: 1.5 }));
}
