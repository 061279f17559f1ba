import { describe, expect, it } from "vitest";
import { formatInZone, formatRangeInZone, todayInZone, zonedToUtcIso, zoneOffsetMinutes } from "./zoned-time.js";

describe("zonedToUtcIso", () => {
  it("reads a wall clock in the zone, not in the browser's zone", () => {
    expect(zonedToUtcIso("2026-12-01", "18:30", "Europe/Paris")).toBe("2026-12-01T17:30:00.000Z");
    expect(zonedToUtcIso("2026-07-01", "18:30", "Europe/Paris")).toBe("2026-07-01T16:30:00.000Z");
    expect(zonedToUtcIso("2026-12-01", "09:00", "America/Los_Angeles")).toBe("2026-12-01T17:00:00.000Z");
    expect(zonedToUtcIso("2026-12-01", "09:00", "Asia/Kolkata")).toBe("2026-12-01T03:30:00.000Z");
    expect(zonedToUtcIso("2026-12-01", "09:00", "UTC")).toBe("2026-12-01T09:00:00.000Z");
  });

  it("moves a time skipped by the spring clock change to just after the gap", () => {
    // Paris skips 02:00-03:00 on 29 March 2026.
    expect(zonedToUtcIso("2026-03-29", "02:30", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the first of a time repeated by the autumn clock change", () => {
    // Paris repeats 02:00-03:00 on 25 October 2026; the first 02:30 is still summer time.
    expect(zonedToUtcIso("2026-10-25", "02:30", "Europe/Paris")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(zonedToUtcIso("", "18:30", "UTC")).toBeNull();
    expect(zonedToUtcIso("2026-02-30", "18:30", "UTC")).toBeNull();
    expect(zonedToUtcIso("2026-12-01", "24:00", "UTC")).toBeNull();
    expect(zonedToUtcIso("2026-12-01", "7pm", "UTC")).toBeNull();
  });
});

describe("zone helpers", () => {
  it("gives the offset at an instant", () => {
    expect(zoneOffsetMinutes("Europe/Paris", new Date("2026-12-01T12:00:00Z"))).toBe(60);
    expect(zoneOffsetMinutes("America/New_York", new Date("2026-07-01T12:00:00Z"))).toBe(-240);
  });

  it("gives today's date in the zone", () => {
    const now = new Date("2026-12-01T23:30:00Z");
    expect(todayInZone("UTC", now)).toBe("2026-12-01");
    expect(todayInZone("Asia/Tokyo", now)).toBe("2026-12-02");
    expect(todayInZone("America/Los_Angeles", now)).toBe("2026-12-01");
  });

  it("shows the time in the zone with its name", () => {
    const text = formatInZone("2026-12-01T17:30:00.000Z", "Europe/Paris");
    expect(text).toMatch(/18:30|6:30/);
  });

  it("shows a range in the zone, with the end's date only when it differs", () => {
    const same = formatRangeInZone("2026-12-01T17:30:00.000Z", "2026-12-01T18:30:00.000Z", "Europe/Paris");
    expect(same).toMatch(/(18:30|6:30 PM).*to 0?(19:30|7:30 PM) \(Europe\/Paris\)$/);
    const crossing = formatRangeInZone("2026-12-01T22:30:00.000Z", "2026-12-01T23:30:00.000Z", "Europe/Paris");
    expect(crossing.split(",").length).toBeGreaterThan(same.split(",").length);
  });
});
