import { gini } from "./gini.js";

/** A mentee's path through matching, as the fairness report needs it. */
export interface MenteeMatchRecord {
  clearedAt: string;
  /** null while still waiting (or never matched). */
  matchedAt: string | null;
  /** Compatibility total of the match made, null when unmatched. */
  score: number | null;
  group: Record<string, string>;
}

export interface GroupFairness {
  group: string;
  value: string;
  mentees: number;
  matched: number;
  matchRate: number;
  /** Mean days from cleared to matched among the matched; null if none matched. */
  meanWaitDays: number | null;
  /** Mean compatibility of the matches made; null if none matched. */
  meanScore: number | null;
}

export interface FairnessReport {
  groups: GroupFairness[];
  overall: Omit<GroupFairness, "group" | "value">;
  /** Gini of mentees per mentor over all mentors, idle ones included. */
  mentorLoadGini: number;
}

const DAY = 86_400_000;

function summarise(records: readonly MenteeMatchRecord[]): Omit<GroupFairness, "group" | "value"> {
  const matched = records.filter((r) => r.matchedAt !== null);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    mentees: records.length,
    matched: matched.length,
    matchRate: records.length === 0 ? 0 : matched.length / records.length,
    meanWaitDays: mean(matched.map((r) => (Date.parse(r.matchedAt!) - Date.parse(r.clearedAt)) / DAY)),
    meanScore: mean(matched.filter((r) => r.score !== null).map((r) => r.score!)),
  };
}

/**
 * Match rate, wait and score per value of each group key (e.g. primary challenge group, first
 * language), sorted by key then value; mentor load inequality as a Gini coefficient. Wait times
 * count only mentees who were matched: those still waiting are visible in the match rate instead.
 */
export function fairnessReport(records: readonly MenteeMatchRecord[], mentorLoads: readonly number[]): FairnessReport {
  const buckets = new Map<string, { group: string; value: string; records: MenteeMatchRecord[] }>();
  for (const r of records) {
    for (const [group, value] of Object.entries(r.group)) {
      const key = JSON.stringify([group, value]);
      const bucket = buckets.get(key) ?? { group, value, records: [] };
      bucket.records.push(r);
      buckets.set(key, bucket);
    }
  }
  const groups = [...buckets.values()]
    .sort((a, b) => a.group.localeCompare(b.group) || a.value.localeCompare(b.value))
    .map((b) => ({ group: b.group, value: b.value, ...summarise(b.records) }));
  return { groups, overall: summarise(records), mentorLoadGini: gini(mentorLoads) };
}
