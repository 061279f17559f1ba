import { AgreementTermsSchema } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { draftField, draftFromTerms, termsFromDraft } from "./agreement-draft.js";

const terms = {
  meetingFrequency: "Weekly, Tuesday evenings",
  communicationMethods: ["Video calls", "Signal messages", "Email"],
  boundaries: "No calls after 9pm; in a crisis we call the crisis line first.",
  goals: "Get back to a steady sleep routine and rejoin the walking group.",
  expectedDuration: "About 6 months",
};

describe("agreement draft", () => {
  it("round-trips terms, keeping uncommon methods in the free-text field", () => {
    const draft = draftFromTerms(terms);
    expect(draft.methods).toEqual(["Video calls", "Email"]);
    expect(draft.otherMethods).toBe("Signal messages");
    const back = AgreementTermsSchema.parse(termsFromDraft(draft));
    expect(new Set(back.communicationMethods)).toEqual(new Set(terms.communicationMethods));
    expect(back.boundaries).toBe(terms.boundaries);
  });

  it("splits typed methods on commas and drops empty ones", () => {
    const draft = { ...draftFromTerms(null), methods: ["Text chat"], otherMethods: " Letters, , Phone " };
    expect(termsFromDraft(draft).communicationMethods).toEqual(["Text chat", "Letters", "Phone"]);
  });

  it("places server field errors on the fields that show them", () => {
    expect(draftField("terms.boundaries")).toBe("boundaries");
    expect(draftField("terms.communicationMethods.0")).toBe("methods");
    expect(draftField("goals")).toBe("goals");
    expect(draftField("terms")).toBeNull();
  });
});
