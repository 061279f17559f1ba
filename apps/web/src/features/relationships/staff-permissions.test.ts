import { describe, expect, it } from "vitest";
import { staffOptions } from "./staff-permissions.js";

describe("staffOptions", () => {
  it("lets a supervisor pause an active relationship and close it for their reasons, never for safety", () => {
    const options = staffOptions(["mentor", "supervisor"], "active");
    expect(options.pause).toBe(true);
    expect(options.resume).toBe(false);
    expect(options.closeReasons).toContain("inactivity");
    expect(options.closeReasons).not.toContain("safety");
  });

  it("gives the safety team the safety reason only", () => {
    expect(staffOptions(["safety"], "paused")).toEqual({ pause: false, resume: true, closeReasons: ["safety"] });
  });

  it("never offers closing as blocked: only a member's block ends a relationship that way", () => {
    const options = staffOptions(["admin", "safety", "supervisor"], "active");
    expect(options.closeReasons).toContain("inactivity");
    expect(options.closeReasons).not.toContain("blocked");
  });

  it("offers nothing on an ended relationship or to a member without a staff role", () => {
    expect(staffOptions(["admin"], "graduated")).toEqual({ pause: false, resume: false, closeReasons: [] });
    expect(staffOptions(["mentor"], "active")).toEqual({ pause: false, resume: false, closeReasons: [] });
  });
});
