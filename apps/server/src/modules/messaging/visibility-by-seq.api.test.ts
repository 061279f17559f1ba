import type { ConversationDetail, ConversationSummary, EventPage, SendEventResult } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";
import { chattingPair, messageRequest, registerDevice, rotate } from "../../../test/messaging-fixture.js";
import type { ManualClock } from "../../lib/clock.js";

/**
 * Who sees what goes by the log's numbers (joined_seq < seq <= left_seq), never by the clock: the
 * test clock stands still, so every event, join and leave below happens "at the same time".
 */
type List = { conversations: ConversationSummary[] };
let t: TestApp;
let clock: ManualClock;
beforeAll(async () => {
  t = await createTestApp();
  clock = t.clock as ManualClock;
});
afterAll(() => t.close());

type Failure = { error: { details?: { field: string; reason: string }[] } };
type Chat = Awaited<ReturnType<typeof chattingPair>>;
const seqs = (page: { body: EventPage }) => page.body.events.map((e) => e.seq);

async function send(chat: Chat, times: number): Promise<number[]> {
  const sent: number[] = [];
  for (let i = 0; i < times; i++) {
    const res = await chat.mentee.client.post<SendEventResult>(chat.events, messageRequest(chat.menteeDevice.id, 1));
    expect(res.status).toBe(201);
    sent.push(res.body.event.seq);
  }
  return sent;
}

const memberRow = (conversationId: string, userId: string) =>
  t.ctx.db
    .selectFrom("conversation_members")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();

async function summaryOf(chat: Chat, who: "mentee" | "mentor"): Promise<ConversationSummary> {
  const list = await chat[who].client.get<List>("/api/conversations");
  const summary = list.body.conversations.find((c) => c.id === chat.conversationId);
  if (!summary) throw new Error("conversation not listed");
  return summary;
}

describe("joining by number", () => {
  it("a member added to a pair after events sees only the later ones: pages, unread and reaction targets", async () => {
    const chat = await chattingPair(t);
    await send(chat, 3);
    // The mentor's row goes (as if never made), then comes back the way the app makes it: joined at seq 3.
    await t.ctx.db
      .deleteFrom("conversation_members")
      .where("conversation_id", "=", chat.conversationId)
      .where("user_id", "=", chat.mentor.user.id)
      .execute();
    expect((await summaryOf(chat, "mentor")).lastSeq).toBe(3);
    expect(Number((await memberRow(chat.conversationId, chat.mentor.user.id)).joined_seq)).toBe(3);
    await send(chat, 2);

    const mentor = chat.mentor.client;
    expect(seqs(await mentor.get<EventPage>(chat.events))).toEqual([4, 5]);
    expect(seqs(await mentor.get<EventPage>(`${chat.events}?after=0`))).toEqual([4, 5]);
    expect(seqs(await mentor.get<EventPage>(`${chat.events}?before=5`))).toEqual([4]);
    const older = await mentor.get<EventPage>(`${chat.events}?before=4`);
    expect([seqs(older), older.body.more]).toEqual([[], false]);
    expect((await summaryOf(chat, "mentor")).unread).toBe(2);
    expect((await summaryOf(chat, "mentee")).unread).toBe(0);

    const react = (targetSeq: number) =>
      mentor.post<Failure>(chat.events, {
        ...messageRequest(chat.mentorDevice.id, 1),
        kind: "reaction",
        targetSeq,
      });
    const tooEarly = await react(3);
    expect([tooEarly.status, tooEarly.body.error.details?.[0]?.field]).toEqual([422, "targetSeq"]);
    expect((await react(4)).status).toBe(201);
    // The mentee, there from the start, sees everything.
    expect(seqs(await chat.mentee.client.get<EventPage>(chat.events))).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("joining and leaving a group by number", () => {
  it("records joined_seq and left_seq from the log's end at the change; each sees exactly their stretch", async () => {
    const chat = await chattingPair(t);
    const newcomer = await member(t, { roles: ["mentor"], displayName: "Rae Mentor" });
    await registerDevice(newcomer.client);
    const created = await chat.mentor.client.post<ConversationDetail>("/api/conversations/groups", {
      title: "Evening circle",
      memberIds: [chat.mentee.user.id],
    });
    expect(created.status).toBe(201);
    const groupId = created.body.id;
    const events = `/api/conversations/${groupId}/events`;
    const say = async (epoch: number) => {
      const res = await chat.mentor.client.post<SendEventResult>(events, messageRequest(chat.mentorDevice.id, epoch));
      expect(res.status).toBe(201);
      return res.body.event.seq;
    };
    await rotate(chat.mentor.client, groupId, chat.mentorDevice.id);
    expect([await say(1), await say(1)]).toEqual([1, 2]);

    const added = await chat.mentor.client.post(`/api/conversations/${groupId}/members`, { userId: newcomer.user.id });
    expect(added.status).toBe(200);
    expect(Number((await memberRow(groupId, newcomer.user.id)).joined_seq)).toBe(2); // then the notice took 3
    await rotate(chat.mentor.client, groupId, chat.mentorDevice.id);
    expect(await say(2)).toBe(4);
    expect(seqs(await newcomer.client.get<EventPage>(events))).toEqual([3, 4]);
    expect(seqs(await newcomer.client.get<EventPage>(`${events}?before=3`))).toEqual([]);

    const removed = await chat.mentor.client.request(
      "DELETE",
      `/api/conversations/${groupId}/members/${chat.mentee.user.id}`,
    );
    expect(removed.status).toBe(200);
    expect(Number((await memberRow(groupId, chat.mentee.user.id)).left_seq)).toBe(4); // the removal notice is 5
    await rotate(chat.mentor.client, groupId, chat.mentorDevice.id);
    expect(await say(3)).toBe(6);
    const page = await chat.mentee.client.get<EventPage>(events);
    expect([seqs(page), page.body.lastSeq]).toEqual([[1, 2, 3, 4], 4]);
    expect(seqs(await newcomer.client.get<EventPage>(events))).toEqual([3, 4, 5, 6]);
  });
});

describe("a former member", () => {
  async function leftAfterTwo() {
    const chat = await chattingPair(t);
    await send(chat, 2);
    await t.ctx.db
      .updateTable("conversation_members")
      .set({ left_at: clock.now(), left_seq: 2, to_epoch: 1 })
      .where("conversation_id", "=", chat.conversationId)
      .where("user_id", "=", chat.mentor.user.id)
      .execute();
    return chat;
  }

  it("reads up to left_seq only, with no unread, however the clock stands", async () => {
    const chat = await leftAfterTwo();
    await send(chat, 3);
    const page = await chat.mentor.client.get<EventPage>(chat.events);
    expect([seqs(page), page.body.lastSeq]).toEqual([[1, 2], 2]);
    expect(seqs(await chat.mentor.client.get<EventPage>(`${chat.events}?after=1`))).toEqual([2]);
    expect(seqs(await chat.mentor.client.get<EventPage>(`${chat.events}?before=100`))).toEqual([1, 2]);
    const refused = await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1));
    expect(refused.status).toBe(403);
  });

  it("sees the conversation as it stood when they left: no later numbers, reads, devices or key work", async () => {
    const chat = await leftAfterTwo();
    const secondEventAt = (
      await t.ctx.db
        .selectFrom("conversation_events")
        .select("created_at")
        .where("conversation_id", "=", chat.conversationId)
        .where("seq", "=", 2)
        .executeTakeFirstOrThrow()
    ).created_at;
    clock.advance(60_000);
    await send(chat, 3);
    expect((await chat.mentee.client.post(`/api/conversations/${chat.conversationId}/read`, { seq: 5 })).status).toBe(
      200,
    );
    const laterDevice = await registerDevice(chat.mentee.client, "Later phone");
    const revoked = await chat.mentee.client.request("DELETE", `/api/messaging/devices/${chat.menteeDevice.id}`);
    expect(revoked.status).toBe(200);

    const summary = await summaryOf(chat, "mentor");
    expect(summary).toMatchObject({
      state: "read_only",
      lastSeq: 2,
      lastEventAt: secondEventAt.toISOString(),
      unread: 0,
      rekeyNeeded: false,
      currentEpoch: 1,
      memberCount: 2,
    });

    const detail = await chat.mentor.client.get<ConversationDetail>(`/api/conversations/${chat.conversationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ lastSeq: 2, unread: 0, rekeyNeeded: false, state: "read_only" });
    expect(detail.body.members).toEqual([expect.objectContaining({ userId: chat.mentee.user.id, lastReadSeq: 0 })]);
    expect(detail.body.members[0]?.mutedUntil).toBeNull();
    const deviceIds = detail.body.devices.map((d) => d.deviceId);
    expect(deviceIds).toContain(chat.menteeDevice.id);
    expect(deviceIds).not.toContain(laterDevice.id);
    // Revoked after they left: they are not told.
    expect(detail.body.devices.find((d) => d.deviceId === chat.menteeDevice.id)?.revokedAt).toBeNull();
    expect(detail.body.recoveryKeys).toEqual([]);
    expect(detail.body.missingEnvelopes).toEqual({ deviceIds: [], recoveryUserIds: [] });

    // The mentee, still there, sees it live.
    const live = await chat.mentee.client.get<ConversationDetail>(`/api/conversations/${chat.conversationId}`);
    expect(live.body.lastSeq).toBe(5);
    expect(live.body.devices.map((d) => d.deviceId)).toContain(laterDevice.id);
    expect(live.body.members.find((m) => m.userId === chat.mentee.user.id)?.lastReadSeq).toBe(5);
  });

  it("keeps the conversations list ordered by when they left, not by later activity", async () => {
    const left = await leftAfterTwo();
    clock.advance(1000);
    // Another conversation of the mentor's moves after they left the first one.
    const other = await chattingPair(t);
    await t.ctx.db
      .updateTable("relationships")
      .set({ mentor_id: left.mentor.user.id })
      .where("id", "=", other.id)
      .execute();
    clock.advance(1000);
    await send(left, 1);
    const list = await left.mentor.client.get<List>("/api/conversations");
    const ids = list.body.conversations.map((c) => c.id);
    expect(ids.indexOf(other.conversationId)).toBeLessThan(ids.indexOf(left.conversationId));
  });
});
