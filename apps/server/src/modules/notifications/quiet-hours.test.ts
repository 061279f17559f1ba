import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clockTimeOfMinute,
  isWithinQuietHours,
  minuteOfClockTime,
  type QuietWindow,
  quietHoursEnd,
} from "./quiet-hours.js";

const NIGHT: QuietWindow = { startMinute: 22 * 60, endMinute: 7 * 60 };
const LUNCH: QuietWindow = { startMinute: 12 * 60, endMinute: 13 * 60 + 30 };
const at = (iso: string) => new Date(iso);

describe("quiet hours window", () => {
  it("runs across midnight: late evening and early morning are quiet, the day is not", () => {
    const zone = "America/New_York"; // UTC-5 in January
    expect(isWithinQuietHours(at("2026-01-15T02:59:00Z"), NIGHT, zone)).toBe(false); // 21:59
    expect(isWithinQuietHours(at("2026-01-15T03:00:00Z"), NIGHT, zone)).toBe(true); // 22:00
    expect(isWithinQuietHours(at("2026-01-15T05:30:00Z"), NIGHT, zone)).toBe(true); // 00:30
    expect(isWithinQuietHours(at("2026-01-15T11:59:00Z"), NIGHT, zone)).toBe(true); // 06:59
    expect(isWithinQuietHours(at("2026-01-15T12:00:00Z"), NIGHT, zone)).toBe(false); // 07:00
    expect(isWithinQuietHours(at("2026-01-15T17:00:00Z"), NIGHT, zone)).toBe(false); // 12:00
  });

  it("a window inside one day has its start in and its end out", () => {
    expect(isWithinQuietHours(at("2026-01-15T11:59:00Z"), LUNCH, "UTC")).toBe(false);
    expect(isWithinQuietHours(at("2026-01-15T12:00:00Z"), LUNCH, "UTC")).toBe(true);
    expect(isWithinQuietHours(at("2026-01-15T13:29:59Z"), LUNCH, "UTC")).toBe(true);
    expect(isWithinQuietHours(at("2026-01-15T13:30:00Z"), LUNCH, "UTC")).toBe(false);
    expect(quietHoursEnd(at("2026-01-15T12:10:00Z"), LUNCH, "UTC")).toEqual(at("2026-01-15T13:30:00Z"));
  });

  it("ends at the next local end: the same morning after midnight, the next morning before it", () => {
    const zone = "Asia/Kolkata"; // UTC+5:30, no daylight saving
    // 23:30 local on 15 Jan -> 07:00 local on 16 Jan = 01:30Z.
    expect(quietHoursEnd(at("2026-01-15T18:00:00Z"), NIGHT, zone)).toEqual(at("2026-01-16T01:30:00Z"));
    // 03:00 local on 16 Jan -> 07:00 the same morning.
    expect(quietHoursEnd(at("2026-01-15T21:30:00Z"), NIGHT, zone)).toEqual(at("2026-01-16T01:30:00Z"));
    // Outside quiet hours: now.
    expect(quietHoursEnd(at("2026-01-16T06:00:00Z"), NIGHT, zone)).toEqual(at("2026-01-16T06:00:00Z"));
  });

  it("crosses a month and year end", () => {
    expect(quietHoursEnd(at("2026-12-31T23:00:00Z"), NIGHT, "UTC")).toEqual(at("2027-01-01T07:00:00Z"));
  });

  it("follows the member's clock over the spring-forward night (Europe/Berlin, 29 March 2026)", () => {
    const zone = "Europe/Berlin";
    // 23:00 CET on 28 March; 07:00 CEST on 29 March is 05:00Z, not 06:00Z.
    expect(quietHoursEnd(at("2026-03-28T22:00:00Z"), NIGHT, zone)).toEqual(at("2026-03-29T05:00:00Z"));
    // An end that does not exist that night (02:30) ends quiet hours when the clocks jump, at 03:00 CEST.
    const toHalfTwo: QuietWindow = { startMinute: 22 * 60, endMinute: 2 * 60 + 30 };
    expect(quietHoursEnd(at("2026-03-28T23:30:00Z"), toHalfTwo, zone)).toEqual(at("2026-03-29T01:00:00Z"));
    expect(isWithinQuietHours(at("2026-03-29T01:00:00Z"), toHalfTwo, zone)).toBe(false);
  });

  it("follows the member's clock over the fall-back night, ending at the first of a repeated time", () => {
    const zone = "Europe/Berlin"; // 25 October 2026: 03:00 CEST -> 02:00 CET
    expect(quietHoursEnd(at("2026-10-24T21:00:00Z"), NIGHT, zone)).toEqual(at("2026-10-25T06:00:00Z"));
    const toHalfTwo: QuietWindow = { startMinute: 22 * 60, endMinute: 2 * 60 + 30 };
    // 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET); quiet hours end at the first.
    expect(quietHoursEnd(at("2026-10-24T22:00:00Z"), toHalfTwo, zone)).toEqual(at("2026-10-25T00:30:00Z"));
    // In the repeated hour, after the first 02:30 has passed, the second one ends it.
    expect(quietHoursEnd(at("2026-10-25T01:10:00Z"), toHalfTwo, zone)).toEqual(at("2026-10-25T01:30:00Z"));
  });

  it("handles the southern hemisphere's daylight saving (Australia/Sydney, 5 April 2026 fall back)", () => {
    const zone = "Australia/Sydney"; // 03:00 AEDT -> 02:00 AEST
    // 23:00 AEDT on 4 April is 12:00Z; 07:00 AEST on 5 April is 21:00Z on 4 April.
    expect(quietHoursEnd(at("2026-04-04T12:00:00Z"), NIGHT, zone)).toEqual(at("2026-04-04T21:00:00Z"));
  });

  const zones = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns"];
  const minute = fc.integer({ min: 0, max: 1439 });
  // Instants within a day and a half of a clock change in one of the zones above.
  const CHANGES = ["2026-03-08T07:00:00Z", "2026-03-29T01:00:00Z", "2026-04-04T16:00:00Z", "2026-10-25T01:00:00Z"];
  const nearChange = fc
    .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -36 * 60, max: 36 * 60 }), fc.integer({ min: 0, max: 59 }))
    .map(([change, minutes, seconds]) => new Date(new Date(change).getTime() + minutes * 60_000 + seconds * 1000));
  const anyInstant = fc.date({
    min: new Date("2026-01-01T00:00:00Z"),
    max: new Date("2027-12-31T00:00:00Z"),
    noInvalidDate: true,
  });

  it.each([
    ["any instant", anyInstant],
    ["an instant near a clock change", nearChange],
  ])("ends exactly when the window first lets go, for %s, window and zone", (_, instants) => {
    fc.assert(
      fc.property(instants, minute, minute, fc.constantFrom(...zones), (instant, startMinute, endMinute, zone) => {
        fc.pre(startMinute !== endMinute);
        const window = { startMinute, endMinute };
        const end = quietHoursEnd(instant, window, zone);
        expect(end.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(end.getTime() - instant.getTime()).toBeLessThanOrEqual(26 * 60 * 60_000);
        expect(isWithinQuietHours(end, window, zone)).toBe(false);
        // Every minute before the end is still quiet.
        const firstMinute = Math.ceil(instant.getTime() / 60_000) * 60_000;
        for (let t = firstMinute; t < end.getTime(); t += 60_000) {
          expect(isWithinQuietHours(new Date(t), window, zone)).toBe(true);
        }
      }),
      { seed: 20261127, numRuns: 200 },
    );
  });

  it("reads and writes clock times", () => {
    expect(minuteOfClockTime("22:05")).toBe(1325);
    expect(minuteOfClockTime("00:00")).toBe(0);
    expect(clockTimeOfMinute(1325)).toBe("22:05");
    expect(clockTimeOfMinute(7 * 60)).toBe("07:00");
  });
});
