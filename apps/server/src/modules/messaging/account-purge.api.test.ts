import type { ConversationDetail, EventPage } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest, rotate } from "../../../test/messaging-fixture.js";
import { purgeDeletedAccountsJob } from "../../jobs/definitions/purge-deleted-accounts.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { ACCOUNT_DELETION_GRACE_DAYS: "0" } });
});
afterAll(() => t.close());

describe("purging an account that took part in messaging", () => {
  it("works when the member's device made a key epoch; the epoch and the other member's history stay", async () => {
    const pair = await chattingPair(t); // the mentee's device makes the pair's epoch 1
    // A group of the two outlives the mentee's account (the pair conversation goes with the relationship).
    const group = await t.ctx.db
      .insertInto("conversations")
      .values({
        kind: "group",
        title: "Circle",
        created_by: pair.mentor.user.id,
        state: "open",
        created_at: t.clock.now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto("conversation_members")
      .values(
        [pair.mentor.user.id, pair.mentee.user.id].map((userId) => ({
          conversation_id: group.id,
          user_id: userId,
          role: userId === pair.mentor.user.id ? ("owner" as const) : ("member" as const),
          joined_at: t.clock.now(),
        })),
      )
      .execute();
    expect(await rotate(pair.mentee.client, group.id, pair.menteeDevice.id)).toBe(1);
    const chat = { ...pair, conversationId: group.id, events: `/api/conversations/${group.id}/events` };
    expect((await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1))).status).toBe(201);
    expect((await chat.mentor.client.post(chat.events, messageRequest(chat.mentorDevice.id, 1))).status).toBe(201);
    const requested = await chat.mentee.client.post("/api/account/deletion", { password: chat.mentee.user.password });
    expect(requested.status).toBe(200);

    await purgeDeletedAccountsJob.handle(t.ctx, {});
    const user = await t.ctx.db.selectFrom("users").select("id").where("id", "=", chat.mentee.user.id).execute();
    expect(user).toEqual([]);
    const epoch = await t.ctx.db
      .selectFrom("conversation_key_epochs")
      .select(["epoch", "created_by_device_id"])
      .where("conversation_id", "=", chat.conversationId)
      .execute();
    expect(epoch).toEqual([{ epoch: 1, created_by_device_id: null }]);
    const devices = await t.ctx.db
      .selectFrom("messaging_devices")
      .select("id")
      .where("user_id", "=", chat.mentee.user.id)
      .execute();
    expect(devices).toEqual([]);

    const page = await chat.mentor.client.get<EventPage>(chat.events);
    expect(page.status).toBe(200);
    expect(page.body.events.map((e) => [e.seq, e.senderId === null])).toEqual([
      [1, true],
      [2, false],
    ]);
    const detail = await chat.mentor.client.get<ConversationDetail>(`/api/conversations/${chat.conversationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.members.map((m) => m.userId)).toEqual([chat.mentor.user.id]);
    const pairGone = await t.ctx.db
      .selectFrom("conversations")
      .select("id")
      .where("id", "=", pair.conversationId)
      .execute();
    expect(pairGone).toEqual([]);
  });
});
