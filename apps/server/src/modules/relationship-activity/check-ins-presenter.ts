import type { CheckIn, MoodSeries } from "@mentalverse/shared";
import type { CheckInRow } from "./check-ins-repository.js";
import type { Pair, PairMember } from "./membership.js";

const memberIn = (pair: Pair, id: string) => {
  const m = id === pair.mentee.id ? pair.mentee : pair.mentor;
  return { id: m.id, displayName: m.displayName, role: m.role };
};

export function presentCheckIn(pair: Pair, row: CheckInRow): CheckIn {
  return {
    id: row.id,
    author: memberIn(pair, row.author_id),
    mood: row.mood,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

/** One line per member, oldest point first; rows come newest first. */
export function moodSeries(pair: Pair, rows: readonly CheckInRow[]): MoodSeries[] {
  const lineOf = (m: PairMember): MoodSeries => ({
    member: memberIn(pair, m.id),
    points: rows
      .filter((r) => r.author_id === m.id)
      .map((r) => ({ at: r.created_at.toISOString(), mood: r.mood }))
      .reverse(),
  });
  return [lineOf(pair.mentee), lineOf(pair.mentor)];
}
