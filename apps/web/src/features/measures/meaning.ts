import type { MeasureDefinition, MeasureHistory, MeasureInstrument } from "@mentalverse/shared";

export type HistoryEntry = MeasureHistory["instruments"][number];
export type HistoryPoint = HistoryEntry["results"][number];

/** Short names for buttons and headings; the full published name comes from the server. */
export const SHORT_NAMES: Record<MeasureInstrument, string> = {
  phq9: "PHQ-9",
  gad7: "GAD-7",
  who5: "WHO-5",
  pss10: "PSS-10",
};

/** What each questionnaire measures and which way is better, in plain words. */
export const ABOUT: Record<MeasureInstrument, string> = {
  phq9: "The PHQ-9 asks about signs of depression over the last two weeks. Scores run from 0 to 27; lower means fewer symptoms.",
  gad7: "The GAD-7 asks about signs of anxiety over the last two weeks. Scores run from 0 to 21; lower means fewer symptoms.",
  who5: "The WHO-5 asks about your wellbeing over the last two weeks. Scores run from 0 to 100; higher means better wellbeing.",
  pss10:
    "The PSS-10 asks how stressful your life has felt over the last month. Scores run from 0 to 40; lower means less stress.",
};

export const NOT_A_DIAGNOSIS =
  "This is a questionnaire, not a diagnosis. If your score worries you, or you are struggling, talk to your doctor or a mental-health professional. A peer mentor can listen and share their experience, but cannot treat you.";

export function scoreText(def: Pick<MeasureDefinition, "scale" | "bands">, point: { score: number; total: number }) {
  const top = def.bands.at(-1)?.max ?? 0;
  return def.scale === "percentage"
    ? `${point.score} out of ${top} (raw score ${point.total} of 25)`
    : `${point.score} out of ${top}`;
}

/** "Down 7 points since your first check-in: improved, a reliable change." */
export function changeText(def: Pick<MeasureDefinition, "scale">, point: HistoryPoint): string {
  if (point.isBaseline) return "This is your first result (your baseline).";
  const unit = def.scale === "percentage" ? "percentage points" : "points";
  const { delta, direction } = point.change;
  const moved = delta === 0 ? "No change" : `${delta > 0 ? "Up" : "Down"} ${Math.abs(delta)} ${unit}`;
  const verdict = direction === "no reliable change" ? "not a reliable change" : `${direction}, a reliable change`;
  return `${moved} since your first check-in: ${verdict}.`;
}

export function reliableChangeExplanation(def: Pick<MeasureDefinition, "minimumReliableChange" | "scale">) {
  const unit = def.scale === "percentage" ? "percentage points" : "points";
  return `Scores go up and down a little from one day to the next. A change counts as reliable when it is at least ${def.minimumReliableChange} ${unit}, big enough that it is unlikely to be chance alone.`;
}
