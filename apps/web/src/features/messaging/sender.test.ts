import type { ConversationEvent, SendEventRequest } from "@mentalverse/shared";
import { afterEach, describe, expect, it } from "vitest";
import type { Delivery, PendingSend } from "./outbox.js";
import { byConversation, type OutboxEntry, type OutboxStore } from "./outbox-store.js";
import { Sender, STALE_TEXT } from "./sender.js";

const TEXT = "sentinel plaintext 7f3a";

/** The outbox as a Map, standing in for IndexedDB; `failing` makes every write throw. */
function memoryStore(failing = false) {
  const entries = new Map<string, OutboxEntry>();
  const store: OutboxStore = {
    all: async () => [...entries.values()].map((e) => structuredClone(e)),
    put: async (entry) => {
      if (failing) throw new Error("QuotaExceededError");
      entries.set(entry.clientId, structuredClone(entry));
    },
    remove: async (clientId) => {
      if (failing) throw new Error("QuotaExceededError");
      entries.delete(clientId);
    },
  };
  return { store, entries };
}

/**
 * A conversation as the sender sees it. Sealing stands in for encryption: the "ciphertext" names
 * the epoch and a counter, never the text. Deliveries answer from `answers` (then "stored").
 */
function harness(
  store: OutboxStore,
  answers: (Delivery["kind"] | Delivery)[] = [],
  onDeliver: (request: SendEventRequest) => void = () => undefined,
) {
  let epoch = 1;
  let sealedCount = 0;
  const delivered: SendEventRequest[] = [];
  const stored: ConversationEvent[] = [];
  const queue = [...answers];
  let ready = false;
  const sender = new Sender({
    conversationId: "conv-1",
    store,
    ready: () => ready,
    seal: async (item: PendingSend) => {
      sealedCount += 1;
      return {
        clientId: item.clientId,
        kind: item.kind,
        senderDeviceId: "device-1",
        epoch,
        ciphertext: `sealed-${epoch}-${sealedCount}`,
      } as SendEventRequest;
    },
    deliver: async (request) => {
      onDeliver(request);
      delivered.push(request);
      const next = queue.shift();
      const answer: Delivery =
        next === undefined || next === "stored"
          ? { kind: "stored", event: { seq: delivered.length, clientId: request.clientId } as ConversationEvent }
          : typeof next === "string"
            ? ({ kind: next, afterMs: 1000 } as Delivery)
            : next;
      return answer;
    },
    refreshKeys: async () => {
      epoch += 1;
    },
    stored: (event) => stored.push(event),
    changed: () => undefined,
  });
  senders.push(sender);
  return {
    sender,
    delivered,
    stored,
    /** The conversation has loaded: send what waits. */
    go: () => {
      ready = true;
      return sender.flush();
    },
    sealings: () => sealedCount,
  };
}

/** Whatever the sender started without awaiting (a retry's flush, a removal) has finished. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const senders: Sender[] = [];
afterEach(() => {
  for (const sender of senders.splice(0)) sender.stop();
});

const refused = (status: number, error: string): Delivery => ({ kind: "refused", status, error });
const message = (text: string) => ({ kind: "message" as const, payload: { v: 1, text }, text });

describe("the outbox on the device", () => {
  it("keeps the encrypted request (never the text) until the server acknowledges it", async () => {
    const { store, entries } = memoryStore();
    let keptWhenDelivered: OutboxEntry | undefined;
    const page = harness(store, [], (request) => {
      keptWhenDelivered = entries.get(request.clientId);
    });
    page.sender.enqueue(message(TEXT));
    expect(entries.size).toBe(0);
    const clientId = page.sender.list()[0]?.clientId;
    await page.go();

    expect(page.delivered).toHaveLength(1);
    expect(page.stored.map((e) => e.clientId)).toEqual([clientId]);
    expect(page.sender.list()).toEqual([]);
    expect(entries.size).toBe(0);
    // Written before it went out, in its sealed form only.
    expect(keptWhenDelivered?.request).toEqual(page.delivered[0]);
    expect(keptWhenDelivered?.state).toBe("sending");
    expect(JSON.stringify(keptWhenDelivered)).not.toContain(TEXT);
  });

  it("writes every waiting send before the first goes out, and a new page sends the same requests in order", async () => {
    const { store, entries } = memoryStore();
    const closed = harness(store, ["offline"]);
    for (const text of ["one", "two", "three"]) closed.sender.enqueue(message(text));
    await closed.go();
    expect(closed.delivered).toHaveLength(1);
    expect(entries.size).toBe(3);
    expect(JSON.stringify([...entries.values()])).not.toMatch(/one|two|three/);
    const sentBefore = [...entries.values()].sort((a, b) => a.queuedAt - b.queuedAt).map((e) => e.request);
    closed.sender.stop();

    // The tab closed. The next page reads the outbox back, shuffled as a store may return it.
    const waiting = (await store.all()).reverse();
    const next = harness(store);
    next.sender.restore(byConversation(waiting).get("conv-1") ?? []);
    expect(next.sender.list().map((p) => ({ restored: p.restored, text: p.text }))).toEqual([
      { restored: true, text: "" },
      { restored: true, text: "" },
      { restored: true, text: "" },
    ]);
    await next.go();

    expect(next.sealings()).toBe(0);
    expect(next.delivered).toEqual(sentBefore);
    expect(entries.size).toBe(0);
    expect(next.sender.list()).toEqual([]);
  });

  it("skips entries of other conversations and ones this page already holds", async () => {
    const { store } = memoryStore();
    const page = harness(store, ["offline", "offline"]);
    page.sender.enqueue(message("held"));
    await page.go();
    const [entry] = await store.all();
    if (!entry) throw new Error("nothing stored");
    page.sender.restore([entry, { ...entry, clientId: "other", conversationId: "conv-2" }]);
    expect(page.sender.list().map((p) => p.clientId)).toEqual([entry.clientId]);
    expect(page.sender.list()[0]?.restored).toBeUndefined();
  });

  it("marks a send refused for good as failed, keeps it so after a reload, and can send it again", async () => {
    const { store, entries } = memoryStore();
    const page = harness(store, [refused(403, "read only")]);
    page.sender.enqueue(message(TEXT));
    await page.go();
    const [failed] = page.sender.list();
    expect(failed?.state).toBe("failed");
    expect(failed?.error).toBe("You can't send in this conversation right now.");
    const [kept] = await store.all();
    expect(kept?.state).toBe("failed");
    expect(kept?.error).toBe(failed?.error);
    page.sender.stop();

    const next = harness(store);
    next.sender.restore(await store.all());
    await next.go();
    // Failed stays failed (not retried on its own) and says why.
    expect(next.delivered).toHaveLength(0);
    expect(next.sender.list()[0]).toMatchObject({ state: "failed", error: failed?.error, restored: true });
    expect(next.sender.list()[0]?.stale).toBeUndefined();

    next.sender.retry(kept?.clientId ?? "");
    await settled();
    expect(next.delivered).toEqual([kept?.request]);
    expect(entries.size).toBe(0);
  });

  it("seals again under the new key when the text is still in memory", async () => {
    const { store, entries } = memoryStore();
    const page = harness(store, [refused(409, "epoch")]);
    page.sender.enqueue(message(TEXT));
    await page.go();
    expect(page.delivered.map((r) => r.epoch)).toEqual([1, 2]);
    expect(page.delivered[0]?.clientId).toBe(page.delivered[1]?.clientId);
    expect(page.stored).toHaveLength(1);
    expect(entries.size).toBe(0);
  });

  it("cannot send a message from a closed page whose key changed: it says so and can only be discarded", async () => {
    const { store, entries } = memoryStore();
    const closed = harness(store, ["offline"]);
    closed.sender.enqueue(message(TEXT));
    await closed.go();
    closed.sender.stop();

    const next = harness(store, [refused(409, "epoch")]);
    next.sender.restore(await store.all());
    await next.go();
    const [item] = next.sender.list();
    expect(item).toMatchObject({ state: "failed", stale: true, error: STALE_TEXT });
    expect(next.sealings()).toBe(0);
    expect(next.delivered).toHaveLength(1);
    expect((await store.all())[0]).toMatchObject({ state: "failed", stale: true });

    // Trying again does nothing: there is nothing to encrypt it from.
    next.sender.retry(item?.clientId ?? "");
    await settled();
    expect(next.delivered).toHaveLength(1);
    expect(next.sender.list()[0]?.state).toBe("failed");

    next.sender.discard(item?.clientId ?? "");
    expect(next.sender.list()).toEqual([]);
    await settled();
    expect(entries.size).toBe(0);
  });

  it("seals a deletion from a closed page again after a key change (it carries no ciphertext)", async () => {
    const { store } = memoryStore();
    const closed = harness(store, ["offline"]);
    closed.sender.enqueue({ kind: "delete", targetSeq: 4, text: "" });
    await closed.go();
    closed.sender.stop();

    const next = harness(store, [refused(409, "epoch")]);
    next.sender.restore(await store.all());
    await next.go();
    expect(next.sealings()).toBe(1);
    expect(next.stored).toHaveLength(1);
    expect(await store.all()).toEqual([]);
  });

  it("keeps a send waiting (not failed) while the server asks to slow down", async () => {
    const { store } = memoryStore();
    const page = harness(store, [{ kind: "later", afterMs: 60_000 }]);
    page.sender.enqueue(message(TEXT));
    await page.go();
    expect(page.sender.list()[0]?.state).toBe("sending");
    expect((await store.all())[0]?.state).toBe("sending");
  });

  it("forgets a send the log shows as stored (its ack was lost)", async () => {
    const { store } = memoryStore();
    const page = harness(store, ["offline"]);
    page.sender.enqueue(message(TEXT));
    await page.go();
    const clientId = page.sender.list()[0]?.clientId;
    page.sender.dropDelivered([{ seq: 9, clientId } as ConversationEvent]);
    expect(page.sender.list()).toEqual([]);
    await settled();
    expect(await store.all()).toEqual([]);
  });

  it("still sends when the device's storage refuses writes", async () => {
    const { store } = memoryStore(true);
    const page = harness(store);
    page.sender.enqueue(message(TEXT));
    await page.go();
    expect(page.stored).toHaveLength(1);
    expect(page.sender.list()).toEqual([]);
  });
});

describe("reading the outbox back", () => {
  it("groups entries by conversation, oldest first", () => {
    const entry = (clientId: string, conversationId: string, queuedAt: number) =>
      ({ clientId, conversationId, queuedAt }) as OutboxEntry;
    const grouped = byConversation([entry("c", "a", 3), entry("x", "b", 2), entry("a", "a", 1), entry("b", "a", 2)]);
    expect([...grouped].map(([id, list]) => [id, list.map((e) => e.clientId)])).toEqual([
      ["a", ["a", "b", "c"]],
      ["b", ["x"]],
    ]);
  });
});
