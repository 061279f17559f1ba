import type { MenteeInput, MentorInput, PairRules } from "../compatibility/types.js";

/**
 * Per mentee index, the mentor indices its pair rules bar (blocked, or ended without an allowed
 * rematch): one pass over the rules instead of a string key per candidate pair. A key splits at the
 * colon that leaves a known mentee id before it and a known mentor id after it.
 */
export function exclusionsByMentee(
  mentees: readonly MenteeInput[],
  mentors: readonly MentorInput[],
  rules: PairRules,
): Map<number, Set<number>> {
  const menteeAt = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorAt = new Map(mentors.map((m, j) => [m.id, j]));
  const out = new Map<number, Set<number>>();
  const bar = (key: string) => {
    for (let colon = key.indexOf(":"); colon >= 0; colon = key.indexOf(":", colon + 1)) {
      const i = menteeAt.get(key.slice(0, colon));
      const j = mentorAt.get(key.slice(colon + 1));
      if (i === undefined || j === undefined) continue;
      const set = out.get(i) ?? new Set<number>();
      set.add(j);
      out.set(i, set);
    }
  };
  for (const key of rules.blocked) bar(key);
  for (const key of rules.endedBefore) if (!rules.rematchAllowed.has(key)) bar(key);
  return out;
}
