import type { ConversationEvent } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { EventLog } from "./event-log.js";

const event = (seq: number): ConversationEvent => ({
  id: `e${seq}`,
  conversationId: "c",
  seq,
  kind: "message",
  senderId: "u",
  senderDeviceId: "d",
  clientId: null,
  epoch: 1,
  nonce: "n",
  ciphertext: "x",
  commitment: "c",
  signature: "s",
  targetSeq: null,
  attachmentIds: [],
  system: null,
  createdAt: "2026-11-27T12:00:00.000Z",
  deletedAt: null,
});
const page = (seqs: number[], more = false) => ({ events: seqs.map(event), lastSeq: seqs.at(-1) ?? 0, more });

describe("the event log", () => {
  it("keeps each seq once, whichever way it arrived", () => {
    const log = new EventLog();
    log.startWith(page([3, 4, 5]));
    expect(log.add(event(6))).toBe(true);
    log.addAfter(page([6, 7]));
    expect(log.add(event(7))).toBe(true);
    log.addBefore(page([1, 2]));
    expect(log.ascending().map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([log.oldest, log.newest]).toEqual([1, 7]);
  });

  it("reports a gap so the missing events are fetched, and closes it once they are", () => {
    const log = new EventLog();
    log.startWith(page([1, 2]));
    expect(log.add(event(5))).toBe(false);
    expect(log.newest).toBe(2);
    log.addAfter(page([3, 4]));
    expect(log.newest).toBe(5);
    expect(log.ascending().map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("takes live events that came before the first page", () => {
    const log = new EventLog();
    expect(log.add(event(4))).toBe(false);
    log.startWith(page([1, 2, 3]));
    expect(log.newest).toBe(4);
  });
});
