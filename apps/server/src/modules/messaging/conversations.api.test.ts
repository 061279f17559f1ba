import type { ConversationDetail, ConversationSummary, EventPage } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair, setRelationshipStatus } from "../../../test/activity-fixture.js";
import { signedInClient } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest, registerDevice } from "../../../test/messaging-fixture.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type List = { conversations: ConversationSummary[] };

describe("pair conversations", () => {
  it("makes one conversation per relationship, with both of the pair in it, however many ask at once", async () => {
    const pair = await activePair(t);
    const lists = await Promise.all([
      pair.mentee.client.get<List>("/api/conversations"),
      pair.mentor.client.get<List>("/api/conversations"),
      pair.mentee.client.get<List>("/api/conversations"),
    ]);
    for (const res of lists) expect(res.status).toBe(200);
    const [mine, theirs] = lists.map((res) => res.body.conversations.filter((c) => c.relationshipId === pair.id));
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    expect(mine?.[0]?.id).toBe(theirs?.[0]?.id);
    expect(mine?.[0]).toMatchObject({
      kind: "pair",
      title: "Omar Mentor",
      state: "open",
      memberCount: 2,
      lastSeq: 0,
      unread: 0,
      currentEpoch: null,
      rekeyNeeded: false,
    });
    expect(theirs?.[0]?.title).toBe("Mia Mentee");
    const rows = await t.ctx.db
      .selectFrom("conversations")
      .select("id")
      .where("relationship_id", "=", pair.id)
      .execute();
    expect(rows).toHaveLength(1);

    const detail = await pair.mentor.client.get<ConversationDetail>(`/api/conversations/${mine?.[0]?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.members.map((m) => [m.displayName, m.role]).sort()).toEqual([
      ["Mia Mentee", "member"],
      ["Omar Mentor", "member"],
    ]);
    expect(detail.body).toMatchObject({ myRole: "member", mutedUntil: null, devices: [], recoveryKeys: [] });
  });

  it("lists nothing for a member without relationships or groups", async () => {
    const { client } = await signedInClient(t);
    const res = await client.get<List>("/api/conversations");
    expect(res).toMatchObject({ status: 200, body: { conversations: [] } });
  });

  it("keeps a pair open while the relationship is active or paused and read-only after it ends", async () => {
    const chat = await chattingPair(t);
    const stateNow = async () =>
      (await chat.mentee.client.get<List>("/api/conversations")).body.conversations.find(
        (c) => c.id === chat.conversationId,
      )?.state;
    await setRelationshipStatus(t, chat.id, "paused");
    expect(await stateNow()).toBe("open");
    await setRelationshipStatus(t, chat.id, "closed");
    // The send path follows the relationship even before anyone lists (and stores) the new state.
    const refused = await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1));
    expect(refused.status).toBe(409);
    expect(await stateNow()).toBe("read_only");
    const stored = await t.ctx.db
      .selectFrom("conversations")
      .select("state")
      .where("id", "=", chat.conversationId)
      .executeTakeFirstOrThrow();
    expect(stored.state).toBe("read_only");
    // History stays readable.
    expect((await chat.mentor.client.get<EventPage>(chat.events)).status).toBe(200);
    await setRelationshipStatus(t, chat.id, "active");
    expect(await stateNow()).toBe("open");
  });

  it("tells strangers nothing: 404 on every route of a conversation they are not in", async () => {
    const chat = await chattingPair(t);
    const { client: stranger } = await signedInClient(t);
    const device = await registerDevice(stranger);
    const base = `/api/conversations/${chat.conversationId}`;
    const calls = [
      stranger.get(base),
      stranger.get(`${base}/events`),
      stranger.get(`${base}/keys?deviceId=${device.id}`),
      stranger.post(`${base}/events`, messageRequest(device.id, 1)),
      stranger.post(`${base}/read`, { seq: 0 }),
      stranger.post(`${base}/keys`, {
        epoch: 2,
        createdByDeviceId: device.id,
        keyCommitment: "A".repeat(43),
        signature: "A".repeat(86),
        envelopes: [{ deviceId: device.id, sealedKey: "abc" }],
        recoveryEnvelopes: [],
      }),
      stranger.post(`${base}/keys/1/envelopes`, { envelopes: [], recoveryEnvelopes: [] }),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
    const list = await stranger.get<List>("/api/conversations");
    expect(list.body.conversations).toEqual([]);
    expect((await t.client().get("/api/conversations")).status).toBe(401);
  });

  it("counts unread messages from others after the read mark, and moves the mark only forward", async () => {
    const chat = await chattingPair(t);
    for (let i = 0; i < 3; i++) {
      expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
    }
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1))).status).toBe(201);
    const summary = async (client: typeof chat.mentor.client) =>
      (await client.get<List>("/api/conversations")).body.conversations.find((c) => c.id === chat.conversationId);
    expect(await summary(chat.mentor.client)).toMatchObject({ lastSeq: 4, unread: 3, myLastReadSeq: 0 });
    expect((await summary(chat.mentor.client))?.lastEventAt).toBe(t.clock.now().toISOString());
    expect(await summary(chat.mentee.client)).toMatchObject({ unread: 1 });

    const read = `/api/conversations/${chat.conversationId}/read`;
    expect(await chat.mentor.client.post(read, { seq: 2 })).toMatchObject({ status: 200, body: { ok: true } });
    expect(await summary(chat.mentor.client)).toMatchObject({ unread: 1, myLastReadSeq: 2 });
    await chat.mentor.client.post(read, { seq: 1 });
    expect((await summary(chat.mentor.client))?.myLastReadSeq).toBe(2);
    await chat.mentor.client.post(read, { seq: 999 });
    expect(await summary(chat.mentor.client)).toMatchObject({ unread: 0, myLastReadSeq: 4 });
    const bad = await chat.mentor.client.post(read, { seq: -1 });
    expect(bad.status).toBe(400);
  });
});
