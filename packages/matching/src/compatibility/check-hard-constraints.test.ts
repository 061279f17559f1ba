import { describe, expect, it } from "vitest";
import { checkHardConstraints } from "./check-hard-constraints.js";
import { pairKey } from "./config.js";
import { config, mentee, mentor, rules } from "./profiles-for-tests.js";
import type { ConstraintId } from "./types.js";

const ids = (x: { constraint: ConstraintId }[]) => x.map((c) => c.constraint);
const key = pairKey("mentee-1", "mentor-1");

describe("checkHardConstraints", () => {
  it("passes the hand-made good pair", () => {
    expect(checkHardConstraints(mentee(), mentor(), rules(), config)).toEqual([]);
  });

  it("no shared language", () => {
    const out = checkHardConstraints(
      mentee(),
      mentor({ languages: [{ code: "fil", proficiency: "native" }] }),
      rules(),
      config,
    );
    expect(out).toEqual([
      {
        constraint: "no_shared_language",
        message: "They share no language: the mentee speaks Spanish, the mentor Filipino.",
      },
    ]);
    // Any shared language lifts it, whatever the proficiency (the score reflects proficiency).
    const basic = mentor({ languages: [{ code: "es", proficiency: "basic" }] });
    expect(checkHardConstraints(mentee(), basic, rules(), config)).toEqual([]);
  });

  it("too little shared time, against the configured minimum", () => {
    const one = mentor({ availability: [{ day: 1, hour: 18 }] });
    const out = checkHardConstraints(mentee(), one, rules(), config);
    expect(out).toEqual([
      {
        constraint: "too_little_shared_time",
        message: "They share 1 hour of availability a week; at least 2 hours are needed.",
      },
    ]);
    expect(checkHardConstraints(mentee(), one, rules(), { ...config, minSharedHoursPerWeek: 1 })).toEqual([]);
    const noZone = checkHardConstraints(mentee({ timeZone: "" }), mentor(), rules(), config);
    expect(noZone[0]!.message).toBe("Shared time cannot be worked out: the mentee's time zone is missing or unknown.");
  });

  it("respects time zones and daylight saving on the reference date", () => {
    // Monday 9-10 in New York against Monday 13-14 UTC: the same hours in July (UTC-4), an hour apart in January (UTC-5).
    const newYork = mentee({ timeZone: "America/New_York", availability: [9, 10].map((hour) => ({ day: 1, hour })) });
    const utc = mentor({ timeZone: "UTC", availability: [13, 14].map((hour) => ({ day: 1, hour })) });
    expect(checkHardConstraints(newYork, utc, rules(), { ...config, referenceDate: "2026-07-01" })).toEqual([]);
    expect(ids(checkHardConstraints(newYork, utc, rules(), { ...config, referenceDate: "2026-01-15" }))).toEqual([
      "too_little_shared_time",
    ]);
    // Across midnight and the week's end: Monday 0-1 in Tokyo (UTC+9) is Sunday 15-16 UTC.
    const tokyo = mentee({ timeZone: "Asia/Tokyo", availability: [0, 1].map((hour) => ({ day: 1, hour })) });
    const sunday = mentor({ timeZone: "UTC", availability: [15, 16].map((hour) => ({ day: 0, hour })) });
    expect(checkHardConstraints(tokyo, sunday, rules(), config)).toEqual([]);
  });

  it("the mentor's types and specialisations must cover the primary need", () => {
    const out = checkHardConstraints(mentee(), mentor({ specialisations: ["anxiety_management"] }), rules(), config);
    expect(out).toEqual([
      {
        constraint: "need_not_covered",
        message: "The mentor's types and specialisations do not cover the mentee's primary need, grief and loss.",
      },
    ]);
    // A specialisation outside the mentor's types does not count.
    const wrongType = mentor({ mentorTypes: ["wellness_coach"] });
    expect(ids(checkHardConstraints(mentee(), wrongType, rules(), config))).toEqual(["need_not_covered"]);
    // A secondary need need not be covered; health challenges are covered under either of its two types.
    expect(checkHardConstraints(mentee(), mentor({ specialisations: ["grief_and_loss"] }), rules(), config)).toEqual(
      [],
    );
    const health = mentee({ challenges: [{ id: "health_challenges", primary: true }] });
    const adversity = mentor({
      mentorTypes: ["life_experience_mentor"],
      specialisations: ["adversity_health_challenges"],
    });
    expect(checkHardConstraints(health, adversity, rules(), config)).toEqual([]);
  });

  it("mentor status: not active, paused, at capacity (current mentees and pending offers)", () => {
    expect(checkHardConstraints(mentee(), mentor({ active: false }), rules(), config)).toEqual([
      { constraint: "mentor_not_active", message: "The mentor is not an active mentor." },
    ]);
    expect(ids(checkHardConstraints(mentee(), mentor({ pausedNewMatches: true }), rules(), config))).toEqual([
      "mentor_paused",
    ]);
    expect(checkHardConstraints(mentee(), mentor({ capacity: 2, activeMentees: 1 }), rules(), config)).toEqual([]);
    expect(checkHardConstraints(mentee(), mentor({ capacity: 2, activeMentees: 2 }), rules(), config)).toEqual([
      { constraint: "mentor_at_capacity", message: "The mentor is at capacity (2 of 2 places taken)." },
    ]);
  });

  it("mentee not cleared by safety screening", () => {
    expect(ids(checkHardConstraints(mentee({ cleared: false }), mentor(), rules(), config))).toEqual([
      "mentee_not_cleared",
    ]);
  });

  it("a block between them", () => {
    expect(checkHardConstraints(mentee(), mentor(), rules({ blocked: [key] }), config)).toEqual([
      { constraint: "blocked", message: "One of them has blocked the other." },
    ]);
    expect(checkHardConstraints(mentee(), mentor(), rules({ blocked: ["mentee-1:someone-else"] }), config)).toEqual([]);
  });

  it("an earlier ended match, unless staff allowed a rematch", () => {
    expect(ids(checkHardConstraints(mentee(), mentor(), rules({ endedBefore: [key] }), config))).toEqual([
      "ended_before",
    ]);
    const allowed = rules({ endedBefore: [key], rematchAllowed: [key] });
    expect(checkHardConstraints(mentee(), mentor(), allowed, config)).toEqual([]);
    // A block still wins over an allowed rematch.
    expect(ids(checkHardConstraints(mentee(), mentor(), { ...allowed, blocked: new Set([key]) }, config))).toEqual([
      "blocked",
    ]);
  });

  it("reports every broken constraint at once", () => {
    const out = checkHardConstraints(
      mentee({ cleared: false }),
      mentor({ active: false, languages: [], availability: [], specialisations: [] }),
      rules({ blocked: [key] }),
      config,
    );
    expect(ids(out)).toEqual([
      "mentee_not_cleared",
      "mentor_not_active",
      "blocked",
      "no_shared_language",
      "too_little_shared_time",
      "need_not_covered",
    ]);
    for (const x of out) expect(x.message).toMatch(/^[A-Z].*\.$/);
  });
});
