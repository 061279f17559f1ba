export { rankedAlternatives } from "./assignment/alternatives.js";
export type { IndexedProblem, IndexedSolution } from "./assignment/problem.js";
export { objectiveOf } from "./assignment/problem.js";
export type { Alternative, Assignment, AssignmentResult, SolveOptions } from "./assignment/solve.js";
export { solveAssignment } from "./assignment/solve.js";
export { solveIndexed } from "./assignment/solve-indexed.js";
export type { AssignmentInput, AssignmentIssue, ParsedAssignmentInput } from "./assignment/validate.js";
export { AssignmentInputError, parseAssignmentInput } from "./assignment/validate.js";
export type { MentorIndex } from "./candidates/build-mentor-index.js";
export { buildMentorIndex } from "./candidates/build-mentor-index.js";
export { candidateEdges, proposeMatches } from "./candidates/propose-matches.js";
export type { ParallelOptions } from "./candidates/propose-matches-parallel.js";
export { proposeMatchesParallel } from "./candidates/propose-matches-parallel.js";
export { recommendMentors } from "./candidates/recommend-mentors.js";
export { checkHardConstraints } from "./compatibility/check-hard-constraints.js";
export { defaultMatchingConfig, pairKey } from "./compatibility/config.js";
export { dimensionWeights } from "./compatibility/rule-total.js";
export { scoreCompatibility } from "./compatibility/score-compatibility.js";
export type {
  Compatibility,
  ConstraintId,
  CriterionScore,
  Exclusion,
  MatchingConfig,
  MatchProposal,
  MenteeInput,
  MentorInput,
  PairRules,
  PersonProfile,
  ProposeOptions,
  ProposeResult,
} from "./compatibility/types.js";
export { auc } from "./learning/auc.js";
export type { Calibration, CalibrationBin } from "./learning/calibration.js";
export { calibration } from "./learning/calibration.js";
export { censoringWeights, withCensoringWeights } from "./learning/censoring-weights.js";
export type { Evaluation, EvaluationOptions, ScorerResult } from "./learning/evaluate-models.js";
export { evaluateModels } from "./learning/evaluate-models.js";
export type { FairnessReport, GroupFairness, MenteeMatchRecord } from "./learning/fairness.js";
export { fairnessReport } from "./learning/fairness.js";
export type { CriterionScores } from "./learning/features.js";
export { FEATURE_NAMES, featuresOf } from "./learning/features.js";
export { gini } from "./learning/gini.js";
export type { LabelOptions, OutcomeLabel, RelationshipOutcome } from "./learning/label-outcome.js";
export { labelOutcome } from "./learning/label-outcome.js";
export { blendScores, explainPrediction, learnedWeight, predictSuccess } from "./learning/predict-success.js";
export { defaultCut, splitByTime } from "./learning/time-split.js";
export type { TrainOptions } from "./learning/train-model.js";
export { MODEL_VERSION, trainModel } from "./learning/train-model.js";
export type { LearnedBlend, LearnedModel, OutcomeExample } from "./learning/types.js";
