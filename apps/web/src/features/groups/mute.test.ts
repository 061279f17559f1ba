import type { ConversationMember } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { isModerator, isMuted, MUTE_OPTIONS, sortMembers } from "./mute.js";

describe("group moderation helpers", () => {
  const now = Date.parse("2026-11-27T12:00:00Z");

  it("treats a member as muted only while mutedUntil is ahead", () => {
    expect(isMuted(null, now)).toBe(false);
    expect(isMuted("2026-11-27T12:30:00Z", now)).toBe(true);
    expect(isMuted("2026-11-27T11:59:59Z", now)).toBe(false);
    expect(isMuted("not a date", now)).toBe(false);
  });

  it("offers 1 hour, 24 hours and 7 days, all within the API's 30-day limit", () => {
    expect(MUTE_OPTIONS.map((o) => o.minutes)).toEqual([60, 1440, 10080]);
    for (const option of MUTE_OPTIONS) expect(option.minutes).toBeLessThanOrEqual(43_200);
  });

  it("lets owners and moderators moderate", () => {
    expect(isModerator("owner")).toBe(true);
    expect(isModerator("moderator")).toBe(true);
    expect(isModerator("member")).toBe(false);
  });

  it("lists the owner first, then moderators, then members by name", () => {
    const m = (displayName: string, role: ConversationMember["role"]): ConversationMember => ({
      userId: displayName,
      displayName,
      role,
      mutedUntil: null,
      lastReadSeq: 0,
      joinedAt: "2026-11-27T12:00:00Z",
    });
    const sorted = sortMembers([m("Moss", "member"), m("Aspen", "owner"), m("Fern", "member"), m("Zed", "moderator")]);
    expect(sorted.map((x) => x.displayName)).toEqual(["Aspen", "Zed", "Fern", "Moss"]);
  });
});
