import { mentorTypeOfSpecialisation, ProfileFieldsSchema } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./matching-instance.js";
import { generatePopulation, menteeProfile, mentorProfile, personOf } from "./synthetic-population.js";

describe("synthetic population for the matching benchmark", () => {
  it("is a pure function of size and seed", () => {
    const a = generatePopulation({ mentees: 300, mentors: 60 }, 5);
    expect(generatePopulation({ mentees: 300, mentors: 60 }, 5)).toEqual(a);
    expect(generatePopulation({ mentees: 300, mentors: 60 }, 6).mentees).not.toEqual(a.mentees);
  });

  it("draws mentors from their own stream, so they do not depend on the number of mentees", () => {
    const few = generatePopulation({ mentees: 10, mentors: 80 }, 9);
    const many = generatePopulation({ mentees: 500, mentors: 80 }, 9);
    expect(many.mentors).toEqual(few.mentors);
  });

  it("gives profiles that pass the shared profile schema and inputs derived from them", () => {
    const rand = seededRandom(11);
    for (let q = 0; q < 120; q++) {
      const mentee = menteeProfile(rand, `e${q}`);
      const mentor = mentorProfile(rand, `m${q}`);
      for (const { fields, input } of [mentee, mentor]) {
        const parsed = ProfileFieldsSchema.safeParse(fields);
        expect(parsed.error?.issues ?? []).toEqual([]);
        const { cleared: _c, ...person } = input as typeof input & { cleared?: boolean };
        expect(person).toMatchObject(personOf(input.id, fields));
        expect(input.personality).not.toBeNull();
      }
      const m = mentor.input;
      expect(m.capacity).toBeGreaterThanOrEqual(1);
      expect(m.capacity).toBeLessThanOrEqual(5);
      expect(m.activeMentees).toBeGreaterThanOrEqual(0);
      expect(m.activeMentees).toBeLessThanOrEqual(m.capacity);
      expect(m.specialisations.length).toBeGreaterThan(0);
      for (const s of m.specialisations) expect(m.mentorTypes).toContain(mentorTypeOfSpecialisation(s));
    }
  }, 30_000);

  it("is skewed like a real community: English first, anxiety and depression most common, evenings and weekends", () => {
    const { mentees, mentors, rules } = generatePopulation({ mentees: 5000, mentors: 500 }, 3);
    const count = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1]);
    };
    const languages = count(mentees.map((e) => e.languages[0]!.code));
    expect(languages[0]![0]).toBe("en");
    expect(languages[0]![1] / mentees.length).toBeGreaterThan(0.5);
    expect(languages.length).toBeGreaterThanOrEqual(10);
    expect(count(mentees.map((e) => e.timeZone)).length).toBeGreaterThanOrEqual(25);
    const needs = count(mentees.map((e) => e.challenges.find((c) => c.primary)!.id)).map(([id]) => id);
    expect(needs.slice(0, 2).sort()).toEqual(["anxiety_management", "depression_recovery"]);
    const slots = mentees.flatMap((e) => e.availability);
    const offHours = slots.filter((s) => s.day === 0 || s.day === 6 || s.hour >= 17).length;
    expect(offHours / slots.length).toBeGreaterThan(0.6);
    // A few mentors are much broader than the rest: the top 5% offer several times the median.
    const breadth = mentors.map((m) => m.specialisations.length * m.availability.length).sort((a, b) => a - b);
    expect(breadth[Math.floor(breadth.length * 0.95)]!).toBeGreaterThan(4 * breadth[breadth.length >> 1]!);
    expect(mentors.some((m) => !m.active) && mentors.some((m) => m.pausedNewMatches)).toBe(true);
    expect(mentees.some((e) => !e.cleared)).toBe(true);
    const ids = new Set([...mentees.map((e) => e.id), ...mentors.map((m) => m.id)]);
    for (const key of [...rules.blocked, ...rules.endedBefore]) {
      const [e, m] = key.split(":");
      expect(ids.has(e!) && ids.has(m!)).toBe(true);
    }
  });
});
