import {
  encryptEvent,
  generateConversationKey,
  generateDeviceKeys,
  ready,
  signDevice,
  verifyFranking,
} from "@mentalverse/e2ee";
import type { ConversationEvent, MemberDevice } from "@mentalverse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { openEvent, type SignKeySource } from "./decrypt.js";
import { beyondLimit, type KeptEventStore, KeptEvents, keepable, matchesWiped } from "./kept-events.js";
import { buildTimeline } from "./timeline.js";

beforeAll(ready);

const conversationId = "6f1c8a4e-2b1d-4c7e-9a53-0d2f3b4c5e6f";
const ALICE = "a1111111-1111-4111-8111-111111111111";
const BOB = "b2222222-2222-4222-8222-222222222222";
const ALICE_DEVICE = "da111111-1111-4111-8111-111111111111";
const BOB_DEVICE = "db222222-2222-4222-8222-222222222222";

/** Bob's device reading Alice's messages; what the server wipes is up to each test. */
function world() {
  const key = generateConversationKey();
  const keys = { alice: generateDeviceKeys(), bob: generateDeviceKeys() };
  const listed = (userId: string, deviceId: string, k: typeof keys.alice): MemberDevice => ({
    deviceId,
    userId,
    boxPublicKey: k.boxPublicKey,
    signPublicKey: k.signPublicKey,
    deviceSignature: signDevice(userId, k.boxPublicKey, k.signPublicKey, k.signSecretKey),
    revokedAt: null,
  });
  const source: SignKeySource = {
    devices: [listed(ALICE, ALICE_DEVICE, keys.alice), listed(BOB, BOB_DEVICE, keys.bob)],
    own: { deviceId: BOB_DEVICE, userId: BOB, signPublicKey: keys.bob.signPublicKey },
  };
  const event = (
    seq: number,
    who: "alice" | "bob",
    kind: "message" | "edit" | "reaction" | "delete",
    payload: unknown,
    targetSeq: number | null = null,
  ): ConversationEvent => {
    const [senderId, senderDeviceId] = who === "alice" ? [ALICE, ALICE_DEVICE] : [BOB, BOB_DEVICE];
    const sealed =
      kind === "delete"
        ? { nonce: null, ciphertext: null, commitment: null, signature: null }
        : encryptEvent(
            { conversationId, epoch: 1, kind, targetSeq, senderDeviceId },
            payload,
            key,
            keys[who].signSecretKey,
          );
    return {
      id: `event-${seq}`,
      conversationId,
      seq,
      kind,
      senderId,
      senderDeviceId,
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
  /** As the server serves a message after its sender deleted it: ciphertext gone, commitment kept. */
  const wiped = (e: ConversationEvent): ConversationEvent => ({
    ...e,
    nonce: null,
    ciphertext: null,
    signature: null,
    deletedAt: "2026-11-27T13:00:00.000Z",
  });
  /** The page as the engine builds it: every event opened through the kept events. */
  const page = (kept: KeptEvents, events: ConversationEvent[]) =>
    buildTimeline(
      events,
      (e) => kept.open(e, (opened) => openEvent(opened, new Map([[1, key]]), source)),
      (id) => (id === ALICE ? "Alice" : "Bob"),
    ).flatMap((item) => (item.type === "message" ? [item.message] : []));
  return { event, wiped, page };
}

function memoryStore(options: { failing?: boolean } = {}) {
  const rows = new Map<number, unknown>();
  let written = 0;
  const fail = () => Promise.reject(new Error("IndexedDB unavailable"));
  const store: KeptEventStore = {
    load: async () => (options.failing ? fail() : [...rows.values()].map((row) => structuredClone(row))),
    put: async (entry) => {
      if (options.failing) return fail();
      written += 1;
      rows.set(entry.seq, structuredClone(entry));
    },
    remove: async (_conversationId, seqs) => {
      for (const seq of seqs) rows.delete(seq);
    },
  };
  return { rows, store, puts: () => written };
}

describe("which events are kept, and when a kept one stands in", () => {
  it("keeps others' messages and edits, encrypted: never this member's own, reactions or deletions", () => {
    const { event } = world();
    const message = event(1, "alice", "message", { v: 1, text: "meet me after dark" });
    const kept = keepable(message, BOB);
    expect(kept).toMatchObject({ seq: 1, kind: "message", epoch: 1, senderDeviceId: ALICE_DEVICE });
    expect(JSON.stringify(kept)).not.toContain("meet me");
    expect(keepable(event(2, "alice", "edit", { v: 1, text: "later" }, 1), BOB)?.kind).toBe("edit");
    expect(keepable(event(3, "bob", "message", { v: 1, text: "mine" }), BOB)).toBeNull();
    expect(keepable(event(4, "alice", "reaction", { v: 1, emoji: "🎉" }, 1), BOB)).toBeNull();
    expect(keepable(event(5, "alice", "delete", null, 1), BOB)).toBeNull();
  });

  it("stands in only for the same event, with the commitment the server still holds", () => {
    const { event, wiped } = world();
    const original = event(1, "alice", "message", { v: 1, text: "hello" });
    const kept = keepable(original, BOB);
    if (!kept) throw new Error("expected a kept event");
    expect(matchesWiped(kept, wiped(original))).toBe(true);
    expect(matchesWiped(kept, { ...wiped(original), commitment: "another" })).toBe(false);
    expect(matchesWiped(kept, { ...wiped(original), seq: 2 })).toBe(false);
    expect(matchesWiped(kept, { ...wiped(original), senderId: BOB })).toBe(false);
    expect(matchesWiped(kept, { ...wiped(original), targetSeq: 7 })).toBe(false);
  });

  it("lets go of all but the newest, oldest first", () => {
    expect(beyondLimit([5, 1, 9, 3, 7], 3)).toEqual([1, 3]);
    expect(beyondLimit([2, 1], 3)).toEqual([]);
  });
});

describe("a message deleted before a reload can still be reported from this device", () => {
  it("opens the kept copy of a wiped message, with the edit, as the evidence the page had before", async () => {
    const { event, wiped, page } = world();
    const message = event(1, "alice", "message", { v: 1, text: "you will regret this" });
    const edit = event(2, "alice", "edit", { v: 1, text: "you will regret this, I mean it" }, 1);
    const own = event(3, "bob", "message", { v: 1, text: "please stop" });
    const { rows, store } = memoryStore();

    const before = new KeptEvents(conversationId, BOB, store);
    await before.load();
    const [shown] = page(before, [message, edit, own]);
    await before.settled();
    expect([...rows.keys()].sort()).toEqual([1, 2]);
    expect(JSON.stringify([...rows.values()])).not.toContain("regret");
    const originalProof = shown?.evidence?.[0];
    expect(originalProof?.seq).toBe(1);

    // Reloaded: the server now serves the message wiped, followed by its sender's delete.
    const after = new KeptEvents(conversationId, BOB, store);
    await after.load();
    const [deleted] = page(after, [wiped(message), edit, own, event(4, "alice", "delete", null, 1)]);
    expect(deleted).toMatchObject({ deleted: true, verified: true, text: "", revealed: null, attachments: [] });
    expect(deleted?.evidence?.map((e) => e.seq)).toEqual([1, 2]);
    expect(deleted?.evidence?.[0]).toEqual(originalProof);
    const proof = deleted?.evidence?.[0];
    expect(proof && message.commitment && verifyFranking(proof.plaintext, proof.frankingKey, message.commitment)).toBe(
      true,
    );
  });

  it("has nothing to report for a message this device never showed, or whose kept copy does not check", async () => {
    const { event, wiped, page } = world();
    const message = event(1, "alice", "message", { v: 1, text: "gone" });
    const edit = event(2, "alice", "edit", { v: 1, text: "gone again" }, 1);
    const fresh = new KeptEvents(conversationId, BOB, memoryStore().store);
    await fresh.load();
    const [unseen] = page(fresh, [wiped(message), edit]);
    expect(unseen).toMatchObject({ deleted: true, verified: false, revealed: null });
    expect(unseen?.evidence ?? []).toEqual([]);

    const { rows, store } = memoryStore();
    const seen = new KeptEvents(conversationId, BOB, store);
    page(seen, [message]);
    await seen.settled();
    const row = rows.get(1) as { ciphertext: string };
    row.ciphertext = (row.ciphertext.startsWith("A") ? "B" : "A") + row.ciphertext.slice(1);
    const tampered = new KeptEvents(conversationId, BOB, store);
    await tampered.load();
    const [message1] = page(tampered, [wiped(message)]);
    expect(message1).toMatchObject({ deleted: true, verified: false });
    expect(message1?.evidence ?? []).toEqual([]);
  });

  it("keeps the newest per conversation only, and still shows messages when storage fails", async () => {
    const { event, page } = world();
    const messages = [1, 2, 3, 4, 5].map((seq) => event(seq, "alice", "message", { v: 1, text: `note ${seq}` }));
    const { rows, store, puts } = memoryStore();
    const kept = new KeptEvents(conversationId, BOB, store, 3);
    await kept.load();
    page(kept, messages);
    await kept.settled();
    expect([...rows.keys()].sort()).toEqual([3, 4, 5]);
    expect(puts()).toBe(5);
    // Paging back: older than everything kept, so not written at all.
    const later = new KeptEvents(conversationId, BOB, store, 3);
    await later.load();
    page(later, [event(0, "alice", "message", { v: 1, text: "older" })]);
    await later.settled();
    expect(puts()).toBe(5);
    expect([...rows.keys()].sort()).toEqual([3, 4, 5]);

    const broken = new KeptEvents(conversationId, BOB, memoryStore({ failing: true }).store);
    await broken.load();
    const shown = page(broken, messages);
    await broken.settled();
    expect(shown.map((m) => m.text)).toEqual(["note 1", "note 2", "note 3", "note 4", "note 5"]);
  });
});
