import { describe, expect, it } from "vitest";
import { nextSteps } from "./next-steps.js";
import { EMPTY_TRANSITION, formFieldOf, transitionBody } from "./transition-body.js";

const step = (from: Parameters<typeof nextSteps>[0], to: string) => nextSteps(from).find((s) => s.to === to);
const SCORES = {
  livedExperienceReflection: "4",
  boundaryAwareness: "5",
  communication: "4",
  commitment: "3",
  safetyAwareness: "5",
};

describe("building a transition request from the form", () => {
  it("asks for a step and a reason", () => {
    expect(transitionBody(EMPTY_TRANSITION, undefined).errors).toEqual([
      { field: "to", reason: "Choose what happens next" },
    ]);
    const { errors } = transitionBody(EMPTY_TRANSITION, step("applied", "interview"));
    expect(errors.map((e) => e.field)).toEqual(["reason"]);
  });

  it("needs all five rubric scores to end the interview, each reported on its own field", () => {
    const values = { ...EMPTY_TRANSITION, reason: "Good interview", communication: "4" };
    const { errors } = transitionBody(values, step("interview", "background_verification"));
    expect(errors.map((e) => e.field).sort()).toEqual(
      ["boundaryAwareness", "commitment", "livedExperienceReflection", "safetyAwareness"].sort(),
    );
    expect(new Set(errors.map((e) => e.reason))).toEqual(new Set(["Choose a score from 1 to 5"]));

    const done = transitionBody({ ...values, ...SCORES }, step("interview", "background_verification"));
    expect(done.body).toEqual({
      to: "background_verification",
      reason: "Good interview",
      interviewScores: {
        livedExperienceReflection: 4,
        boundaryAwareness: 5,
        communication: 4,
        commitment: 3,
        safetyAwareness: 5,
      },
    });
  });

  it("sends scores with a rejection only when the supervisor gave some", () => {
    const reject = step("interview", "rejected");
    const bare = transitionBody({ ...EMPTY_TRANSITION, reason: "Not the right time" }, reject);
    expect(bare.body).toEqual({ to: "rejected", reason: "Not the right time" });
    const partial = transitionBody({ ...EMPTY_TRANSITION, reason: "Not the right time", commitment: "2" }, reject);
    expect(partial.errors).toHaveLength(4);
  });

  it("records the background check before training", () => {
    const training = step("background_verification", "training");
    const missing = transitionBody({ ...EMPTY_TRANSITION, reason: "Checked" }, training);
    expect(missing.errors.map((e) => e.field).sort()).toEqual(["outcome", "verifiedBy"]);
    const ok = transitionBody(
      { ...EMPTY_TRANSITION, reason: "Checked", verifiedBy: "DBS service", outcome: "passed" },
      training,
    );
    expect(ok.body?.verification).toEqual({ verifiedBy: "DBS service", outcome: "passed" });
  });

  it("offers only the pipeline's next steps", () => {
    expect(nextSteps("applied").map((s) => s.to)).toEqual(["interview", "rejected"]);
    expect(nextSteps("training").map((s) => s.to)).toEqual(["active"]);
    expect(nextSteps("suspended")).toEqual([]);
  });

  it("puts the server's nested field errors on the form's inputs", () => {
    expect(formFieldOf("interviewScores.communication")).toBe("communication");
    expect(formFieldOf("body.verification.verifiedBy")).toBe("verifiedBy");
    expect(formFieldOf("verification")).toBe("verification");
    expect(formFieldOf("reason")).toBe("reason");
  });
});
