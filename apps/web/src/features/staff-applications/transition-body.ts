import {
  type ErrorDetail,
  INTERVIEW_RUBRIC,
  type TransitionRequest,
  TransitionRequestSchema,
} from "@mentalverse/shared";
import type { NextStep } from "./next-steps.js";

export type TransitionValues = {
  to: string;
  reason: string;
  verifiedBy: string;
  outcome: string;
  /** Not inputs: where errors about the rubric or the check as a whole are shown. */
  interviewScores: string;
  verification: string;
} & Record<(typeof INTERVIEW_RUBRIC)[number], string>;

export const EMPTY_TRANSITION: TransitionValues = {
  to: "",
  reason: "",
  verifiedBy: "",
  outcome: "",
  interviewScores: "",
  verification: "",
  livedExperienceReflection: "",
  boundaryAwareness: "",
  communication: "",
  commitment: "",
  safetyAwareness: "",
};

/** "interviewScores.communication" -> "communication": the form has one input per nested field. */
export function formFieldOf(field: string): string {
  return field.replace(/^(body\.)?(interviewScores|verification)\./, "");
}

const FRIENDLY: Record<string, string> = {
  ...Object.fromEntries(INTERVIEW_RUBRIC.map((key) => [key, "Choose a score from 1 to 5"])),
  verifiedBy: "Give the name of the person or service who verified the applicant",
  outcome: "Choose whether the check passed or failed",
};

const has = (v: string) => v.trim() !== "";

/**
 * Builds the request from the form. Optional evidence (scores or the check when rejecting) is sent
 * only when the supervisor began filling it in, and then checked in full.
 */
export function transitionBody(
  values: TransitionValues,
  step: NextStep | undefined,
): { body: TransitionRequest; errors: [] } | { body: null; errors: ErrorDetail[] } {
  if (!step) return { body: null, errors: [{ field: "to", reason: "Choose what happens next" }] };
  const input: Record<string, unknown> = { to: step.to, reason: values.reason };
  const anyScore = INTERVIEW_RUBRIC.some((key) => has(values[key]));
  if (step.scores === "required" || (step.scores === "optional" && anyScore)) {
    input.interviewScores = Object.fromEntries(
      INTERVIEW_RUBRIC.map((key) => [key, has(values[key]) ? Number(values[key]) : undefined]),
    );
  }
  if (
    step.verification === "required" ||
    (step.verification === "optional" && (has(values.verifiedBy) || has(values.outcome)))
  ) {
    input.verification = { verifiedBy: values.verifiedBy, outcome: values.outcome || undefined };
  }
  const parsed = TransitionRequestSchema.safeParse(input);
  if (parsed.success) return { body: parsed.data, errors: [] };
  return {
    body: null,
    errors: parsed.error.issues.map((issue) => {
      const field = formFieldOf(issue.path.join("."));
      return { field, reason: FRIENDLY[field] ?? issue.message };
    }),
  };
}
