import { encryptEvent, generateConversationKey, generateDeviceKeys, ready, signDevice } from "@mentalverse/e2ee";
import type { ConversationEvent, MemberDevice } from "@mentalverse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { openEvent, type SignKeySource } from "./decrypt.js";
import { buildTimeline } from "./timeline.js";

beforeAll(ready);

const conversationId = "6f1c8a4e-2b1d-4c7e-9a53-0d2f3b4c5e6f";
const ALICE = "a1111111-1111-4111-8111-111111111111";
const BOB = "b2222222-2222-4222-8222-222222222222";
const ALICE_DEVICE = "da111111-1111-4111-8111-111111111111";
const BOB_DEVICE = "db222222-2222-4222-8222-222222222222";

function world() {
  const key = generateConversationKey();
  const alice = generateDeviceKeys();
  const bob = generateDeviceKeys();
  const devices: MemberDevice[] = [
    {
      deviceId: ALICE_DEVICE,
      userId: ALICE,
      boxPublicKey: alice.boxPublicKey,
      signPublicKey: alice.signPublicKey,
      deviceSignature: signDevice(ALICE, alice.boxPublicKey, alice.signPublicKey, alice.signSecretKey),
      revokedAt: null,
    },
    {
      deviceId: BOB_DEVICE,
      userId: BOB,
      boxPublicKey: bob.boxPublicKey,
      signPublicKey: bob.signPublicKey,
      deviceSignature: signDevice(BOB, bob.boxPublicKey, bob.signPublicKey, bob.signSecretKey),
      revokedAt: null,
    },
  ];
  const source: SignKeySource = {
    devices,
    own: { deviceId: BOB_DEVICE, userId: BOB, signPublicKey: bob.signPublicKey },
  };
  let seq = 0;
  const event = (
    who: "alice" | "bob",
    kind: "message" | "edit" | "reaction" | "delete",
    payload: unknown,
    targetSeq: number | null = null,
  ): ConversationEvent => {
    seq += 1;
    const [userId, deviceId, keys] = who === "alice" ? [ALICE, ALICE_DEVICE, alice] : [BOB, BOB_DEVICE, bob];
    const sealed =
      kind === "delete"
        ? { nonce: null, ciphertext: null, commitment: null, signature: null }
        : encryptEvent(
            { conversationId, epoch: 1, kind, targetSeq, senderDeviceId: deviceId },
            payload,
            key,
            keys.signSecretKey,
          );
    return {
      id: `event-${seq}`,
      conversationId,
      seq,
      kind,
      senderId: userId,
      senderDeviceId: deviceId,
      clientId: null,
      epoch: kind === "delete" ? null : 1,
      ...sealed,
      targetSeq,
      attachmentIds: [],
      system: null,
      createdAt: new Date(2026, 10, 27, 12, seq).toISOString(),
      deletedAt: null,
    };
  };
  const timeline = (events: ConversationEvent[]) =>
    buildTimeline(
      events,
      (e) => openEvent(e, new Map([[1, key]]), source),
      (id) => (id === ALICE ? "Alice" : "Bob"),
    ).flatMap((item) => (item.type === "message" ? [item.message] : []));
  return { event, timeline, devices };
}

describe("the conversation timeline", () => {
  it("shows verified text with what a report would reveal, and applies edits, reactions and deletions", () => {
    const { event, timeline } = world();
    const events = [
      event("alice", "message", { v: 1, text: "hello" }),
      event("bob", "message", { v: 1, text: "hi there" }),
      event("alice", "edit", { v: 1, text: "hello, Bob" }, 1),
      event("bob", "reaction", { v: 1, emoji: "👍" }, 1),
      event("alice", "reaction", { v: 1, emoji: "👍" }, 1),
      event("bob", "reaction", { v: 1, emoji: "👍", remove: true }, 1),
      event("bob", "delete", null, 2),
    ];
    const [first, second] = timeline(events);
    expect(first).toMatchObject({
      text: "hello, Bob",
      edited: true,
      verified: true,
      status: "ok",
      senderName: "Alice",
    });
    expect(first?.reactions).toEqual([{ emoji: "👍", userIds: [ALICE] }]);
    // A report of the edited message reveals the edit's own committed bytes.
    expect(first?.revealed?.seq).toBe(3);
    expect(second).toMatchObject({ deleted: true, text: "", revealed: null });
    // What was replaced or deleted stays as evidence for a report, never on screen.
    expect(first?.evidence?.map((e) => e.seq)).toEqual([1]);
    expect(second?.evidence?.map((e) => e.seq)).toEqual([2]);
  });

  it("shows only reactions from the fixed set, so a reaction cannot carry an unreportable message", () => {
    const { event, timeline } = world();
    const [message] = timeline([
      event("alice", "message", { v: 1, text: "hello" }),
      event("bob", "reaction", { v: 1, emoji: "meet me" }, 1),
      event("bob", "reaction", { v: 1, emoji: "🔪" }, 1),
      event("bob", "reaction", { v: 1, emoji: "🎉" }, 1),
    ]);
    expect(message?.reactions).toEqual([{ emoji: "🎉", userIds: [BOB] }]);
  });

  it("ignores edits and deletions by anyone but the sender", () => {
    const { event, timeline } = world();
    const [message] = timeline([
      event("alice", "message", { v: 1, text: "mine" }),
      event("bob", "edit", { v: 1, text: "not yours" }, 1),
      event("bob", "delete", null, 1),
    ]);
    expect(message).toMatchObject({ text: "mine", edited: false, deleted: false });
  });

  it("never shows the text of a message whose ciphertext, signature or sender device does not check out", () => {
    const { event, timeline } = world();
    const tampered = event("alice", "message", { v: 1, text: "secret" });
    const flipped = tampered.ciphertext?.startsWith("A") ? "B" : "A";
    tampered.ciphertext = flipped + (tampered.ciphertext ?? "").slice(1);
    // Bob's device claiming to be Alice's: the key of a device never speaks for another member.
    const impostor = { ...event("bob", "message", { v: 1, text: "I am Alice" }), senderId: ALICE };
    const malformed = event("alice", "message", { text: "no version" });
    for (const message of timeline([tampered, impostor, malformed])) {
      expect(message).toMatchObject({ text: "", verified: false, status: "unverified", revealed: null });
    }
  });

  it("does not believe a device whose own signature over its keys does not check", () => {
    const { event, timeline, devices } = world();
    const alice = devices[0];
    if (alice) alice.deviceSignature = devices[1]?.deviceSignature ?? "";
    const [message] = timeline([event("alice", "message", { v: 1, text: "hello" })]);
    expect(message).toMatchObject({ text: "", status: "unverified" });
  });

  it("says when this device holds no key for the message's epoch", () => {
    const { event } = world();
    const message = event("alice", "message", { v: 1, text: "before your time" });
    const opened = openEvent(message, new Map(), {
      devices: [],
      own: { deviceId: BOB_DEVICE, userId: BOB, signPublicKey: "x" },
    });
    expect(opened.status).toBe("no-key");
  });
});
