import { describe, expect, it } from "vitest";
import { localSessionTime, wallClock } from "./local-time.js";

describe("session times on each member's clock", () => {
  it("renders one instant in two zones, with offsets that follow daylight saving", () => {
    const at = new Date("2026-07-01T17:00:00Z");
    const london = localSessionTime(at, 60, "Europe/London");
    expect(london).toMatchObject({
      timeZone: "Europe/London",
      timeZoneSource: "profile",
      date: "2026-07-01",
      time: "18:00",
      endDate: "2026-07-01",
      endTime: "19:00",
      weekday: "Wednesday",
      utcOffset: "+01:00",
      label: "Wednesday 1 July 2026, 18:00 to 19:00 (Europe/London, UTC+01:00)",
    });
    const manila = localSessionTime(at, 60, "Asia/Manila");
    expect(manila).toMatchObject({ date: "2026-07-02", time: "01:00", weekday: "Thursday", utcOffset: "+08:00" });
    expect(wallClock(new Date("2026-12-01T17:00:00Z"), "Europe/London").utcOffset).toBe("+00:00");
  });

  it("names the end day when a session crosses midnight", () => {
    const late = localSessionTime(new Date("2026-12-01T23:30:00Z"), 60, "UTC");
    expect(late.endDate).toBe("2026-12-02");
    expect(late.label).toBe("Tuesday 1 December 2026, 23:30 to Wednesday 2 December, 00:30 (UTC, UTC+00:00)");
  });

  it("handles half-hour zones and falls back to UTC without a valid zone", () => {
    expect(localSessionTime(new Date("2026-01-10T12:00:00Z"), 30, "Asia/Kolkata")).toMatchObject({
      time: "17:30",
      utcOffset: "+05:30",
    });
    expect(localSessionTime(new Date("2026-01-10T12:00:00Z"), 30, undefined)).toMatchObject({
      timeZone: "UTC",
      timeZoneSource: "default",
      time: "12:00",
    });
    expect(localSessionTime(new Date("2026-01-10T12:00:00Z"), 30, "Mars/Olympus")).toMatchObject({
      timeZoneSource: "default",
    });
  });
});
