import { z } from "zod";

/**
 * The Ten-Item Personality Inventory (TIPI): Gosling, S. D., Rentfrow, P. J., & Swann, W. B., Jr.
 * (2003). A very brief measure of the Big-Five personality domains. Journal of Research in
 * Personality, 37, 504-528. Wording, scale and scoring are as published; do not reword them.
 *
 * Licence: the authors make the TIPI free to use for non-commercial research and use. Any
 * commercial use needs the authors' permission.
 */
export const TIPI_LICENCE_NOTE =
  "Ten-Item Personality Inventory (Gosling, Rentfrow & Swann, 2003), free for non-commercial research and use per the authors.";

export const TIPI_CITATION =
  "Gosling, S. D., Rentfrow, P. J., & Swann, W. B., Jr. (2003). A very brief measure of the Big-Five personality domains. Journal of Research in Personality, 37, 504-528.";

/** The published instructions (written for paper: "write a number next to each statement"). */
export const TIPI_INSTRUCTIONS =
  "Here are a number of personality traits that may or may not apply to you. Please write a number next to each statement to indicate the extent to which you agree or disagree with that statement. You should rate the extent to which the pair of traits applies to you, even if one characteristic applies more strongly than the other.";

export const TIPI_STEM = "I see myself as:";

export const TIPI_SCALE = [
  { value: 1, label: "Disagree strongly" },
  { value: 2, label: "Disagree moderately" },
  { value: 3, label: "Disagree a little" },
  { value: 4, label: "Neither agree nor disagree" },
  { value: 5, label: "Agree a little" },
  { value: 6, label: "Agree moderately" },
  { value: 7, label: "Agree strongly" },
] as const;

export const TIPI_TRAITS = [
  { id: "extraversion", label: "Extraversion" },
  { id: "agreeableness", label: "Agreeableness" },
  { id: "conscientiousness", label: "Conscientiousness" },
  { id: "emotional_stability", label: "Emotional Stability" },
  { id: "openness", label: "Openness to Experiences" },
] as const;

export const BigFiveTraitSchema = z.enum([
  "extraversion",
  "agreeableness",
  "conscientiousness",
  "emotional_stability",
  "openness",
]);
export type BigFiveTrait = z.infer<typeof BigFiveTraitSchema>;

/** The ten items in published order; `reversed` items are scored 8 - rating. */
export const TIPI_ITEMS = [
  { number: 1, text: "Extraverted, enthusiastic.", trait: "extraversion", reversed: false },
  { number: 2, text: "Critical, quarrelsome.", trait: "agreeableness", reversed: true },
  { number: 3, text: "Dependable, self-disciplined.", trait: "conscientiousness", reversed: false },
  { number: 4, text: "Anxious, easily upset.", trait: "emotional_stability", reversed: true },
  { number: 5, text: "Open to new experiences, complex.", trait: "openness", reversed: false },
  { number: 6, text: "Reserved, quiet.", trait: "extraversion", reversed: true },
  { number: 7, text: "Sympathetic, warm.", trait: "agreeableness", reversed: false },
  { number: 8, text: "Disorganized, careless.", trait: "conscientiousness", reversed: true },
  { number: 9, text: "Calm, emotionally stable.", trait: "emotional_stability", reversed: false },
  { number: 10, text: "Conventional, uncreative.", trait: "openness", reversed: true },
] as const satisfies readonly { number: number; text: string; trait: BigFiveTrait; reversed: boolean }[];

export const TIPI_ITEM_COUNT = TIPI_ITEMS.length;

export const TipiRatingSchema = z.int().min(1).max(7);
export type TipiRating = z.infer<typeof TipiRatingSchema>;

/** Answers in item order; null marks an item not answered yet (a draft). */
export const TipiAnswersSchema = z.array(TipiRatingSchema.nullable()).length(TIPI_ITEM_COUNT);
export type TipiAnswers = z.infer<typeof TipiAnswersSchema>;

/** All ten answered: the only answers that are scored. */
export const TipiCompleteAnswersSchema = z.array(TipiRatingSchema).length(TIPI_ITEM_COUNT);

const TraitScoreSchema = z.number().min(1).max(7);
export const TipiScoresSchema = z.object({
  extraversion: TraitScoreSchema,
  agreeableness: TraitScoreSchema,
  conscientiousness: TraitScoreSchema,
  emotional_stability: TraitScoreSchema,
  openness: TraitScoreSchema,
});
export type TipiScores = z.infer<typeof TipiScoresSchema>;

export type TipiResult =
  | { readonly status: "draft"; readonly answered: number; readonly missingItems: readonly number[] }
  | { readonly status: "scored"; readonly scores: TipiScores };

/**
 * Scores the Big Five: each trait is the mean of its item and its reversed partner (8 - rating).
 * Answers are in item order; null, undefined or a short array leave items unanswered, and any
 * unanswered item makes the result a draft, which is never scored. Ratings other than whole
 * numbers 1-7, or more than ten answers, throw a RangeError.
 */
export function scoreTipi(answers: readonly (number | null | undefined)[]): TipiResult {
  if (answers.length > TIPI_ITEM_COUNT)
    throw new RangeError(`TIPI has ${TIPI_ITEM_COUNT} items, got ${answers.length}`);
  const missingItems: number[] = [];
  const sums: Record<BigFiveTrait, number> = {
    extraversion: 0,
    agreeableness: 0,
    conscientiousness: 0,
    emotional_stability: 0,
    openness: 0,
  };
  for (const item of TIPI_ITEMS) {
    const rating = answers[item.number - 1];
    if (rating === null || rating === undefined) {
      missingItems.push(item.number);
      continue;
    }
    if (!TipiRatingSchema.safeParse(rating).success) {
      throw new RangeError(`TIPI item ${item.number}: rating must be a whole number from 1 to 7, got ${rating}`);
    }
    sums[item.trait] += item.reversed ? 8 - rating : rating;
  }
  if (missingItems.length > 0) {
    return { status: "draft", answered: TIPI_ITEM_COUNT - missingItems.length, missingItems };
  }
  return {
    status: "scored",
    scores: {
      extraversion: sums.extraversion / 2,
      agreeableness: sums.agreeableness / 2,
      conscientiousness: sums.conscientiousness / 2,
      emotional_stability: sums.emotional_stability / 2,
      openness: sums.openness / 2,
    },
  };
}
