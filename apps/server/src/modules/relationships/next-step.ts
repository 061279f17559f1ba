import type { RelationshipDetail } from "@mentalverse/shared";

type Step = RelationshipDetail["nextStep"];

/** The one thing the caller could do next, in the order that matters most to the relationship. */
export function nextStepOf(d: Omit<RelationshipDetail, "nextStep">): Step {
  const mine = d.yourRole === "mentee" ? "menteeConfirmedAt" : "mentorConfirmedAt";
  if (d.rematchOffer) {
    return {
      kind: "consider_rematch",
      text:
        d.rematchOffer.reason === "low_fit"
          ? "Try the suggestions from your four-week check; if it still does not feel right, you can ask for a new mentor."
          : "You can ask for a new mentor whenever you are ready.",
    };
  }
  if (d.status === "paused")
    return { kind: "resume", text: "Your relationship is paused. Resume it when you are both ready." };
  if (d.status === "graduated") {
    return d.yourRole === "mentee"
      ? {
          kind: "apply_as_mentor",
          text: "You graduated. If you would like to support others, apply to become a peer mentor.",
        }
      : { kind: "none", text: "Your mentee graduated. Thank you." };
  }
  if (d.status !== "active") return { kind: "none", text: "This relationship has ended." };
  const pending = d.agreement.pending;
  const theirs = d.yourRole === "mentee" ? "mentorConfirmedAt" : "menteeConfirmedAt";
  // What the other person is waiting on comes first.
  if (pending && !(d.yourRole === "mentee" ? pending.menteeSignedAt : pending.mentorSignedAt)) {
    return { kind: "sign_agreement", text: `Read and sign version ${pending.version} of your agreement.` };
  }
  if (d.graduation[theirs] && !d.graduation[mine]) {
    return {
      kind: "confirm_graduation",
      text: "Your match confirmed your graduation. Confirm too when you are ready.",
    };
  }
  if (d.phase[theirs] && !d.phase[mine]) {
    return {
      kind: "confirm_phase",
      text: "Your match is ready to move on to the next phase. Confirm too when you are ready.",
    };
  }
  if (d.assessment.status === "open" && !d.assessment.youAnswered) {
    return { kind: "answer_assessment", text: "Answer the five questions of your four-week check." };
  }
  if (!d.agreement.current && !pending) {
    return {
      kind: "propose_agreement",
      text: "Write your agreement: how often you meet, how you keep in touch, boundaries, goals and how long.",
    };
  }
  if (d.graduation.plan && !d.graduation[mine]) {
    return { kind: "confirm_graduation", text: "Confirm your graduation when you are both ready." };
  }
  if (!d.phase.next && d.phase.suggestion && !d.graduation.plan) {
    return { kind: "plan_graduation", text: d.phase.suggestion.text };
  }
  if (d.phase.next && d.phase.suggestion && !d.phase[mine]) {
    return { kind: "confirm_phase", text: d.phase.suggestion.text };
  }
  return { kind: "keep_going", text: "Keep meeting, and tick the goals of this phase as you reach them together." };
}
