import { describe, expect, it } from "vitest";
import { ApiError, apiErrorFrom, fieldName } from "./api-error.js";

describe("apiErrorFrom", () => {
  it("reads the server's error shape, details and request id", () => {
    const error = apiErrorFrom(409, {
      error: {
        code: "conflict",
        message: "Email taken",
        details: [{ field: "email", reason: "Already in use" }],
        requestId: "r1",
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message, error.requestId]).toEqual([409, "conflict", "Email taken", "r1"]);
    expect(error.fieldErrors()).toEqual({ email: "Already in use" });
  });

  it("maps validator paths onto form field names and keeps the first reason per field", () => {
    const error = apiErrorFrom(400, {
      error: {
        code: "validation_failed",
        message: "Some fields are missing or invalid",
        details: [
          { field: "body.displayName", reason: "Too short" },
          { field: "body.displayName", reason: "Bad characters" },
          { reason: "No field" },
        ],
      },
    });
    expect(error.fieldErrors()).toEqual({ displayName: "Too short" });
  });

  it("keeps the status of a body that is not in the error shape", () => {
    const error = apiErrorFrom(502, "<html>Bad gateway</html>");
    expect([error.status, error.code]).toEqual([502, "internal"]);
    expect(apiErrorFrom(418, undefined).code).toBe("bad_request");
  });
});

describe("fieldName", () => {
  it("strips only the location prefix", () => {
    expect(fieldName("body.email")).toBe("email");
    expect(fieldName("query.offset")).toBe("offset");
    expect(fieldName("roles.0")).toBe("roles.0");
  });
});
