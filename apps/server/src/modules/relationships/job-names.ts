export const ASSESSMENT_PROMPT_JOB = "relationships-assessment-prompt";
export const PHASE_SUGGESTION_JOB = "relationships-phase-suggestion";
