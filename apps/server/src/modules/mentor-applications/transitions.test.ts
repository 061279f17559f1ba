import { MENTOR_APPLICATION_STATUSES, type MentorApplicationStatus } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { checkTransition } from "./transitions.js";

const ALLOWED: [MentorApplicationStatus, MentorApplicationStatus][] = [
  ["applied", "interview"],
  ["applied", "rejected"],
  ["interview", "background_verification"],
  ["interview", "rejected"],
  ["background_verification", "training"],
  ["background_verification", "rejected"],
  ["training", "active"],
  ["active", "paused"],
  ["active", "suspended"],
  ["active", "retired"],
  ["paused", "active"],
];

describe("mentor application transitions", () => {
  it("allows exactly the pipeline's pairs and refuses every other of the 81", () => {
    const allowedKeys = new Set(ALLOWED.map(([a, b]) => `${a}->${b}`));
    let refused = 0;
    for (const from of MENTOR_APPLICATION_STATUSES) {
      for (const to of MENTOR_APPLICATION_STATUSES) {
        const expected = allowedKeys.has(`${from}->${to}`);
        expect({ pair: `${from}->${to}`, allowed: checkTransition(from, to).allowed }).toEqual({
          pair: `${from}->${to}`,
          allowed: expected,
        });
        if (!expected) refused += 1;
      }
    }
    expect(refused).toBe(81 - ALLOWED.length);
  });

  it("never allows staying put or leaving a final status", () => {
    for (const s of MENTOR_APPLICATION_STATUSES) expect(checkTransition(s, s).allowed).toBe(false);
    for (const to of MENTOR_APPLICATION_STATUSES) {
      expect(checkTransition("rejected", to).allowed).toBe(false);
      expect(checkTransition("retired", to).allowed).toBe(false);
      expect(checkTransition("suspended", to).allowed).toBe(false);
    }
  });

  it("asks for rubric scores after the interview and a passed check before training", () => {
    expect(checkTransition("interview", "background_verification")).toEqual({
      allowed: true,
      requires: ["interview_scores"],
    });
    expect(checkTransition("background_verification", "training")).toEqual({
      allowed: true,
      requires: ["verification_passed"],
    });
    expect(checkTransition("background_verification", "rejected")).toEqual({ allowed: true, requires: [] });
    expect(checkTransition("applied", "interview")).toEqual({ allowed: true, requires: [] });
    expect(checkTransition("training", "active")).toEqual({ allowed: true, requires: [] });
  });
});
