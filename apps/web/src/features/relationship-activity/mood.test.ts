import type { MoodSeries } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { describeSummary, moodText, summariseSeries } from "./mood.js";

const member = (displayName: string, role: "mentee" | "mentor") => ({ id: displayName, displayName, role });

describe("mood summaries", () => {
  it("names a mood by word and number", () => {
    expect(moodText(1)).toBe("Very low (1)");
    expect(moodText(4)).toBe("Good (4)");
  });

  it("summarises each member's line: count, latest and average", () => {
    const series: MoodSeries[] = [
      {
        member: member("Ana", "mentee"),
        points: [
          { at: "2026-11-01T10:00:00Z", mood: 2 },
          { at: "2026-11-08T10:00:00Z", mood: 3 },
          { at: "2026-11-15T10:00:00Z", mood: 4 },
        ],
      },
      { member: member("Ben", "mentor"), points: [] },
    ];
    const [ana, ben] = summariseSeries(series);
    expect(ana).toEqual({ name: "Ana", count: 3, latest: 4, average: 3 });
    expect(describeSummary(ana as NonNullable<typeof ana>)).toBe(
      "Ana: 3 check-ins, latest Good (4), average 3 out of 5.",
    );
    expect(describeSummary(ben as NonNullable<typeof ben>)).toBe("Ben: no check-ins yet.");
  });
});
