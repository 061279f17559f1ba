import { describe, expect, it } from "vitest";
import type { DecryptedMessage } from "../messaging/types.js";
import { latestShareable, WORRIED_MESSAGES } from "./worried-messages.js";

const message = (seq: number, overrides: Partial<DecryptedMessage> = {}): DecryptedMessage => ({
  seq,
  senderId: "u1",
  senderName: "Mia",
  createdAt: "2026-11-27T12:00:00Z",
  text: `message ${seq}`,
  edited: false,
  deleted: false,
  reactions: [],
  attachments: [],
  revealed: { seq, plaintext: "e30", frankingKey: "a".repeat(43) },
  verified: true,
  ...overrides,
});

describe("latestShareable", () => {
  it("keeps the latest ten, oldest first, whatever order they came in", () => {
    const recent = Array.from({ length: 15 }, (_, i) => message(15 - i));
    const picked = latestShareable(recent);
    expect(picked).toHaveLength(WORRIED_MESSAGES);
    expect(picked.map((m) => m.seq)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("leaves out deleted, unverified and unrevealed messages", () => {
    const picked = latestShareable([
      message(1),
      message(2, { deleted: true }),
      message(3, { verified: false }),
      message(4, { revealed: null }),
      message(5),
    ]);
    expect(picked.map((m) => m.seq)).toEqual([1, 5]);
  });
});
