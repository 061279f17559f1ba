import { MOOD_LABELS, type MoodSeries } from "@mentalverse/shared";

export const MOODS = [1, 2, 3, 4, 5] as const;

/** "Good (4)": the word first, so the number is never the only meaning. */
export function moodText(mood: number): string {
  return `${MOOD_LABELS[mood] ?? "Unknown"} (${mood})`;
}

export interface MoodSummary {
  name: string;
  count: number;
  latest: number | null;
  average: number | null;
}

/** The facts the chart shows, per member, for people who cannot see it. */
export function summariseSeries(series: readonly MoodSeries[]): MoodSummary[] {
  return series.map((s) => {
    const count = s.points.length;
    const total = s.points.reduce((sum, p) => sum + p.mood, 0);
    return {
      name: s.member.displayName,
      count,
      latest: s.points.at(-1)?.mood ?? null,
      average: count > 0 ? Math.round((total / count) * 10) / 10 : null,
    };
  });
}

export function describeSummary(summary: MoodSummary): string {
  if (summary.count === 0 || summary.latest === null) return `${summary.name}: no check-ins yet.`;
  const times = summary.count === 1 ? "1 check-in" : `${summary.count} check-ins`;
  return `${summary.name}: ${times}, latest ${moodText(summary.latest)}, average ${summary.average} out of 5.`;
}
