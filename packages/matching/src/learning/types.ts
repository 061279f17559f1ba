/**
 * The learned compatibility model: L2-regularised logistic regression on the 16 criterion
 * sub-scores. Weights act on standardised features, so `means` and `scales` travel with the model;
 * a weight is then "log-odds per standard deviation of that criterion", comparable across criteria.
 */
export interface LearnedModel {
  version: string;
  /** Feature names in vector order (criterion ids, MATCHING_CRITERIA order). */
  features: string[];
  /** Log-odds per standard deviation of each feature. */
  weights: number[];
  /** Log-odds of success for a pair with every feature at its training mean. */
  intercept: number;
  /** Training means and standard deviations (1 where a feature never varied). */
  means: number[];
  scales: number[];
  /** The L2 penalty used, on standardised weights (the intercept is not penalised). */
  l2: number;
  /** Number of labelled (not censored) relationships the model saw. */
  trainedOn: number;
  /** Injected by the caller (never the clock), e.g. the cut date of a time split. */
  trainedAt: string;
}

export interface LearnedBlend {
  model: LearnedModel;
  /** The learned part's weight grows with the data: w = trainedOn / (trainedOn + priorStrength). */
  priorStrength: number;
}

/** One relationship as training or test material. */
export interface OutcomeExample {
  features: number[];
  /** null = censored: still ongoing and not yet past the survival horizon. */
  success: boolean | null;
  /** ISO date the relationship started (used by the time split). */
  startedAt: string;
  /** Months from start to the end of the relationship, or to now if it is ongoing. */
  observedMonths: number;
  /** The rule score of the pair at match time, for comparison with the learned model. */
  ruleScore?: number;
  /** Inverse-probability-of-censoring weight (see censoring-weights.ts); 1 when absent. */
  weight?: number;
  group?: Record<string, string>;
}
