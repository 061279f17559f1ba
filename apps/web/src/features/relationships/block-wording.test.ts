import { describe, expect, it } from "vitest";
import { blockConsequences } from "./block-wording.js";

describe("blockConsequences", () => {
  it("says the relationship ends, they cannot message, and they are told only that it ended", () => {
    const text = blockConsequences("mentee", "Aino").join(" ");
    expect(text).toContain("Aino will not be matched with you again.");
    expect(text).toContain("Your relationship ends now and Aino can no longer message you.");
    expect(text).toContain("Aino will be told only that the relationship has ended, not that you blocked them.");
  });

  it("tells a mentor their supervisor is told, and a mentee that a supervisor is and a new mentor can follow", () => {
    const mentor = blockConsequences("mentor", "Willow").join(" ");
    expect(mentor).toContain("Your supervisor is told");
    expect(mentor).not.toContain("new mentor");
    const mentee = blockConsequences("mentee", "Aino").join(" ");
    expect(mentee).toContain("A supervisor from the mentoring team is told");
    expect(mentee).toContain("ask for a new mentor");
  });
});
