import { pairKey } from "../compatibility/config.js";
import type { MenteeInput, MentorInput, PairRules } from "../compatibility/types.js";
import { seeded, syntheticMentee, syntheticMentor } from "./synthetic-profiles.js";

/**
 * A small random matching instance from one seed, for property tests: synthetic people, some
 * mentors cloned under a new id (exact score ties), and random blocks, ended matches and allowed
 * rematches. Not used outside tests.
 */
export interface RandomInstance {
  mentees: MenteeInput[];
  mentors: MentorInput[];
  rules: PairRules;
}

export function randomInstance(seed: number, menteeCount: number, mentorCount: number): RandomInstance {
  const r = seeded(seed);
  const mentees = Array.from({ length: menteeCount }, (_, i) => syntheticMentee(r, `e${i}`, { narrow: true }));
  const mentors: MentorInput[] = [];
  for (let j = 0; j < mentorCount; j++) {
    const twin = j > 0 && r() < 0.15 ? mentors[Math.floor(r() * j)] : undefined;
    mentors.push(twin ? { ...twin, id: `m${j}` } : syntheticMentor(r, `m${j}`, { narrow: true }));
  }
  const blocked = new Set<string>();
  const endedBefore = new Set<string>();
  const rematchAllowed = new Set<string>();
  for (const e of mentees) {
    for (const m of mentors) {
      const x = r();
      const key = pairKey(e.id, m.id);
      if (x < 0.04) blocked.add(key);
      else if (x < 0.1) endedBefore.add(key);
      if (x >= 0.07 && x < 0.1) rematchAllowed.add(key);
    }
  }
  return { mentees, mentors, rules: { blocked, endedBefore, rematchAllowed } };
}
