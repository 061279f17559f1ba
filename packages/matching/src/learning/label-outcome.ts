/** What the relationships module records about a relationship, as far as matching quality goes. */
export interface RelationshipOutcome {
  status: "graduated" | "ended_early" | "ongoing";
  /** Months from start to end (graduated, ended early) or to the observation date (ongoing). */
  monthsObserved: number;
  /** Fit rated at the early assessment, 1..5. */
  earlyFit: number | null;
  /** Satisfaction, 1..5 (latest rating). */
  satisfaction: number | null;
  /** Fraction of the mentee's goals reached, 0..1. */
  goalsReached: number | null;
}

export interface LabelOptions {
  /** A relationship must last this long to count as surviving (graduation counts whenever it happens). Default 6. */
  horizonMonths?: number;
  /** Minimum quality (mean of the available rescaled signals) for a survivor to count as a success. Default 0.5. */
  qualityThreshold?: number;
}

export interface OutcomeLabel {
  /** Survived to the horizon; null when the relationship is ongoing and younger than the horizon. */
  survived: boolean | null;
  /** Mean of (earlyFit-1)/4, (satisfaction-1)/4 and goalsReached over those present; null if none is. */
  quality: number | null;
  /** survived and (quality unknown or at least the threshold); null when censored. */
  success: boolean | null;
}

function checkRating(name: string, value: number | null): void {
  if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5)) {
    throw new RangeError(`${name} must be an integer 1..5 or null, got ${value}`);
  }
}

/**
 * Success = the relationship survived to the horizon AND the people in it rated it well. Survival
 * is the outcome we trust most, so it gates; the ratings refine it when present. An ongoing
 * relationship younger than the horizon is censored (success null): its outcome is not known yet,
 * and counting it either way would bias the label (see censoring-weights.ts for how the others are
 * re-weighted to make up for the censored ones).
 */
export function labelOutcome(outcome: RelationshipOutcome, options: LabelOptions = {}): OutcomeLabel {
  const horizon = options.horizonMonths ?? 6;
  const threshold = options.qualityThreshold ?? 0.5;
  if (!(outcome.monthsObserved >= 0)) throw new RangeError("monthsObserved must be a non-negative number");
  checkRating("earlyFit", outcome.earlyFit);
  checkRating("satisfaction", outcome.satisfaction);
  if (outcome.goalsReached !== null && !(outcome.goalsReached >= 0 && outcome.goalsReached <= 1)) {
    throw new RangeError(`goalsReached must be in [0, 1] or null, got ${outcome.goalsReached}`);
  }
  const survived =
    outcome.status === "graduated"
      ? true
      : outcome.monthsObserved >= horizon
        ? true
        : outcome.status === "ended_early"
          ? false
          : null;
  const signals = [
    outcome.earlyFit === null ? null : (outcome.earlyFit - 1) / 4,
    outcome.satisfaction === null ? null : (outcome.satisfaction - 1) / 4,
    outcome.goalsReached,
  ].filter((s): s is number => s !== null);
  const quality = signals.length === 0 ? null : signals.reduce((a, b) => a + b, 0) / signals.length;
  const success = survived === null ? null : survived && (quality === null || quality >= threshold);
  return { survived, quality, success };
}
