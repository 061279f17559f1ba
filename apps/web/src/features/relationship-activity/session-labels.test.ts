import type { MentoringSession } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { sessionStatus, splitSessions } from "./session-labels.js";

const NOW = Date.parse("2026-12-01T12:00:00Z");

function session(id: string, startsAt: string, patch: Partial<MentoringSession> = {}): MentoringSession {
  const endsAt = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
  return { id, startsAt, endsAt, status: "scheduled", awaitingOther: false, ...patch } as MentoringSession;
}

describe("sessions by time", () => {
  it("keeps a session that is still running among the upcoming ones", () => {
    const list = [
      session("a", "2026-11-20T10:00:00Z"),
      session("b", "2026-11-30T10:00:00Z"),
      session("c", "2026-12-01T11:30:00Z"),
      session("d", "2026-12-03T10:00:00Z"),
    ];
    const { upcoming, past } = splitSessions(list, NOW);
    expect(upcoming.map((s) => s.id)).toEqual(["c", "d"]);
    expect(past.map((s) => s.id)).toEqual(["b", "a"]);
  });

  it("words each state from the viewer's side", () => {
    const future = "2026-12-03T10:00:00Z";
    expect(sessionStatus(session("a", future, { status: "proposed", awaitingOther: true }), NOW).label).toBe(
      "Waiting for your partner to confirm",
    );
    expect(sessionStatus(session("a", future, { status: "proposed" }), NOW).label).toBe("Please confirm or cancel");
    expect(sessionStatus(session("a", "2026-11-30T10:00:00Z", { status: "proposed" }), NOW).label).toBe(
      "Never confirmed",
    );
    expect(sessionStatus(session("a", future), NOW).label).toBe("Agreed");
    expect(sessionStatus(session("a", future, { status: "cancelled" }), NOW).label).toBe("Cancelled");
  });
});
