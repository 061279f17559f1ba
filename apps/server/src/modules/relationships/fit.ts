import { type FitItemId, LOW_FIT_THRESHOLD } from "@mentalverse/shared";

/** What to try when an item scores low (2 or below) on either side. */
const ADJUSTMENTS: Record<FitItemId, string> = {
  comfort: "Spend a session just getting to know each other, with no agenda, and agree what feels safe to share.",
  understanding: "Each of you say in a sentence what matters most to you right now, and check you heard it right.",
  communication: "Revisit the agreement's ways of keeping in touch: try another channel or a set time to reply.",
  practicalities: "Propose an agreement change with a meeting frequency and times that suit you both.",
  hope: "Look at the mentee's goals together and pick one small step you can take before you next meet.",
};

export function sideScore(answers: Record<FitItemId, number>): number {
  const values = Object.values(answers);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export interface FitResult {
  fitScore: number;
  lowFit: boolean;
  suggestions: string[];
}

/** The pair's fit: the mean of both sides; low when either side's mean is below the threshold. */
export function fitOf(sides: { score: number; answers: Record<string, number> }[]): FitResult {
  const fitScore = Math.round((sides.reduce((a, s) => a + s.score, 0) / sides.length) * 100) / 100;
  const lowFit = sides.some((s) => s.score < LOW_FIT_THRESHOLD);
  const lowItems = new Set(
    sides.flatMap((s) =>
      Object.entries(s.answers)
        .filter(([, v]) => v <= 2)
        .map(([k]) => k as FitItemId),
    ),
  );
  const suggestions = (Object.keys(ADJUSTMENTS) as FitItemId[])
    .filter((item) => lowItems.has(item))
    .map((item) => ADJUSTMENTS[item]);
  if (lowFit && suggestions.length === 0) suggestions.push(ADJUSTMENTS.understanding);
  return { fitScore, lowFit, suggestions };
}
