export { rankedAlternatives } from "./assignment/alternatives.js";
export type { IndexedProblem, IndexedSolution } from "./assignment/problem.js";
export { objectiveOf } from "./assignment/problem.js";
export type { Alternative, Assignment, AssignmentResult, SolveOptions } from "./assignment/solve.js";
export { solveAssignment } from "./assignment/solve.js";
export { solveIndexed } from "./assignment/solve-indexed.js";
export type { AssignmentInput, AssignmentIssue, ParsedAssignmentInput } from "./assignment/validate.js";
export { AssignmentInputError, parseAssignmentInput } from "./assignment/validate.js";
