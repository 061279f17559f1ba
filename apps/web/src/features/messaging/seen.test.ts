import type { ConversationDetail } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { seenLabel } from "./seen.js";
import type { TimelineItem } from "./timeline.js";

const ME = "me";
const member = (userId: string) => ({
  userId,
  displayName: userId,
  role: "member" as const,
  mutedUntil: null,
  lastReadSeq: 0,
  joinedAt: "2026-11-27T12:00:00.000Z",
});
const detail = (kind: "pair" | "group", others: string[]) =>
  ({ kind, members: [member(ME), ...others.map(member)] }) as unknown as ConversationDetail;
const message = (seq: number, senderId: string): TimelineItem => ({
  type: "message",
  seq,
  message: {
    seq,
    senderId,
    senderName: senderId,
    createdAt: "2026-11-27T12:00:00.000Z",
    text: "t",
    edited: false,
    deleted: false,
    reactions: [],
    attachments: [],
    revealed: null,
    verified: true,
    status: "ok",
  },
});

describe("seen under my last message", () => {
  const items = [message(1, ME), message(2, "ana"), message(3, ME), message(4, "ana")];

  it("says Seen in a pair once the other member read up to my last message", () => {
    expect(seenLabel(items, detail("pair", ["ana"]), { ana: 2 }, ME)).toBeNull();
    expect(seenLabel(items, detail("pair", ["ana"]), { ana: 3 }, ME)).toEqual({ seq: 3, label: "Seen" });
  });

  it("counts readers in a group, never counting me", () => {
    const group = detail("group", ["ana", "bo", "cy"]);
    expect(seenLabel(items, group, { [ME]: 4, ana: 4, bo: 3, cy: 1 }, ME)).toEqual({ seq: 3, label: "Seen by 2" });
    expect(seenLabel([message(1, "ana")], group, { ana: 1 }, ME)).toBeNull();
  });
});
