/**
 * PHQ-9 — Patient Health Questionnaire, depression module (Kroenke, Spitzer & Williams, J Gen Intern Med 2001).
 *
 * Source and permission: developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues
 * with an educational grant from Pfizer Inc. The published form states "No permission required to reproduce,
 * translate, display or distribute" (phqscreeners.com). Wording below follows the English Pfizer form.
 *
 * Scoring (Kroenke et al. 2001): sum of items 1-9 (0-27). Severity bands 0-4 minimal, 5-9 mild, 10-14 moderate,
 * 15-19 moderately severe, 20-27 severe. The difficulty item is recorded but never scored.
 * Item 9 > 0 (any thoughts of being better off dead or of self-harm) is flagged whatever the total: the app starts
 * the C-SSRS screener at once.
 */
import {
  type Answers,
  bandFor,
  type DraftResult,
  type LikertInstrument,
  type ResponseOption,
  readLikert,
  type ScoreBand,
  type UnscoredItem,
} from "../likert.js";

/** PHQ-9 and GAD-7 share this response scale. */
export const FREQUENCY_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "Several days" },
  { value: 2, label: "More than half the days" },
  { value: 3, label: "Nearly every day" },
];

/** The functional-difficulty question printed under the PHQ-9 and GAD-7 items. Not scored. */
export const DIFFICULTY_ITEM: UnscoredItem = {
  id: "difficulty",
  text: "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
  options: [
    { value: 0, label: "Not difficult at all" },
    { value: 1, label: "Somewhat difficult" },
    { value: 2, label: "Very difficult" },
    { value: 3, label: "Extremely difficult" },
  ],
};

export const PHQ9 = {
  id: "phq9",
  name: "Patient Health Questionnaire-9 (PHQ-9)",
  stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    { id: "item1", text: "Little interest or pleasure in doing things" },
    { id: "item2", text: "Feeling down, depressed, or hopeless" },
    { id: "item3", text: "Trouble falling or staying asleep, or sleeping too much" },
    { id: "item4", text: "Feeling tired or having little energy" },
    { id: "item5", text: "Poor appetite or overeating" },
    {
      id: "item6",
      text: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    },
    { id: "item7", text: "Trouble concentrating on things, such as reading the newspaper or watching television" },
    {
      id: "item8",
      text: "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    },
    { id: "item9", text: "Thoughts that you would be better off dead or of hurting yourself in some way" },
  ],
  options: FREQUENCY_OPTIONS,
  unscored: [DIFFICULTY_ITEM],
} as const satisfies LikertInstrument;

export type Phq9Band = "minimal" | "mild" | "moderate" | "moderately-severe" | "severe";

export const PHQ9_BANDS: readonly ScoreBand<Phq9Band>[] = [
  { band: "minimal", min: 0, max: 4, label: "Minimal depression" },
  { band: "mild", min: 5, max: 9, label: "Mild depression" },
  { band: "moderate", min: 10, max: 14, label: "Moderate depression" },
  { band: "moderately-severe", min: 15, max: 19, label: "Moderately severe depression" },
  { band: "severe", min: 20, max: 27, label: "Severe depression" },
];

export interface Phq9Result {
  readonly status: "complete";
  readonly instrument: "phq9";
  /** Sum of items 1-9, 0-27. */
  readonly total: number;
  readonly band: Phq9Band;
  readonly bandLabel: string;
  /** Item 9 answered above 0: start the C-SSRS screener immediately, whatever the total. */
  readonly item9Positive: boolean;
  /** The unscored difficulty answer (0-3), or null if the member left it blank. */
  readonly difficulty: number | null;
  readonly itemScores: Readonly<Record<string, number>>;
}

/**
 * A PHQ-9 draft still carries the item 9 flag: a member who answers item 9 above 0 and then leaves the form
 * unfinished must still be offered the C-SSRS screener. The draft is not scored.
 */
export interface Phq9Draft extends DraftResult {
  readonly item9Positive: boolean;
}

export function scorePhq9(answers: Answers): Phq9Draft | Phq9Result {
  const read = readLikert(PHQ9, answers);
  if (read.status === "draft") {
    const item9 = answers.item9;
    return { ...read, item9Positive: typeof item9 === "number" && item9 > 0 };
  }
  const band = bandFor(PHQ9_BANDS, read.total);
  return {
    status: "complete",
    instrument: "phq9",
    total: read.total,
    band: band.band,
    bandLabel: band.label,
    item9Positive: (read.itemScores.item9 ?? 0) > 0,
    difficulty: read.unscored.difficulty ?? null,
    itemScores: read.itemScores,
  };
}
