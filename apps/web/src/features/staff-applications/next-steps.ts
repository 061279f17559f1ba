import { ALLOWED_TRANSITIONS, type MentorApplicationStatus } from "@mentalverse/shared";

export interface NextStep {
  to: MentorApplicationStatus;
  /** The choice and its submit button, named by what it does. */
  label: string;
  hint: string;
  /** Interview rubric scores: "required" when the interview ends, "optional" when rejecting after it. */
  scores: "required" | "optional" | "none";
  /** The background check result, likewise. */
  verification: "required" | "optional" | "none";
}

function describe(from: MentorApplicationStatus, to: MentorApplicationStatus): NextStep {
  const step = { to, scores: "none", verification: "none" } as const;
  switch (to) {
    case "interview":
      return { ...step, label: "Invite to interview", hint: "The application is complete enough to talk." };
    case "background_verification":
      return {
        ...step,
        scores: "required",
        label: "Record interview scores and start background verification",
        hint: "Score the interview on the rubric.",
      };
    case "training":
      return {
        ...step,
        verification: "required",
        label: "Record background verification and start training",
        hint: "Say who verified the applicant; only a passed check moves on.",
      };
    case "active":
      return from === "paused"
        ? { ...step, label: "Resume mentoring", hint: "The mentor takes new matches again." }
        : {
            ...step,
            label: "Record training completion and activate",
            hint: "Training is complete; the member becomes an active mentor.",
          };
    case "paused":
      return { ...step, label: "Pause", hint: "No new matches for now; the mentor keeps the role." };
    case "suspended":
      return { ...step, label: "Suspend", hint: "Takes the mentor role away. This cannot be undone here." };
    case "retired":
      return { ...step, label: "Retire", hint: "The mentor stops mentoring and may apply again later." };
    case "rejected":
      return {
        ...step,
        scores: from === "interview" ? "optional" : "none",
        verification: from === "background_verification" ? "optional" : "none",
        label: "Reject",
        hint: "Ends this application; the member may apply again later.",
      };
    default:
      return { ...step, label: to, hint: "" };
  }
}

/** The choices the page offers: exactly the steps the server allows from here. */
export function nextSteps(from: MentorApplicationStatus): NextStep[] {
  return ALLOWED_TRANSITIONS[from].map((to) => describe(from, to));
}
