import { describe, expect, it } from "vitest";
import { isStuck } from "./stuck.js";

const now = new Date("2026-12-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe("isStuck", () => {
  it("flags an active pair from 21 days without contact, not before", () => {
    expect(isStuck({ status: "active", lastContactAt: daysAgo(20.9) }, now)).toBe(false);
    expect(isStuck({ status: "active", lastContactAt: daysAgo(21) }, now)).toBe(true);
  });

  it("never flags a paused or ended relationship, however quiet", () => {
    for (const status of ["paused", "graduated", "closed", "rematched"] as const) {
      expect(isStuck({ status, lastContactAt: daysAgo(90) }, now)).toBe(false);
    }
  });
});
