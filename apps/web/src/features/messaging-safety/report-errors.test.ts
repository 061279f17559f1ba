import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api-error.js";
import { failedMessageIndex } from "./report-errors.js";

const withField = (field: string) =>
  new ApiError(422, "validation_failed", "A message could not be verified", [{ field, reason: "does not verify" }]);

describe("failedMessageIndex", () => {
  it("reads the index from the field the server names", () => {
    expect(failedMessageIndex(withField("body.messages.0"))).toBe(0);
    expect(failedMessageIndex(withField("messages[3]"))).toBe(3);
    expect(failedMessageIndex(withField("body.messages.12.plaintext"))).toBe(12);
  });

  it("is null for other errors", () => {
    expect(failedMessageIndex(withField("body.reason"))).toBeNull();
    expect(failedMessageIndex(new Error("network"))).toBeNull();
    expect(failedMessageIndex(new ApiError(500, "internal", "oops"))).toBeNull();
  });
});
