import type { ConversationSummary } from "@mentalverse/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../../../test/client.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";
import { listen, nextEvent, SignedInSockets } from "../../../test/sockets.js";

type List = { conversations: ConversationSummary[] };
let t: TestApp;
const sockets = new SignedInSockets();
beforeAll(async () => {
  t = await createTestApp();
  sockets.baseUrl = await listen(t.app);
});
afterEach(() => sockets.closeAll());
afterAll(() => t.close());

const socketOf = (client: TestClient) => sockets.of(client);

const storedState = async (conversationId: string) =>
  (
    await t.ctx.db
      .selectFrom("conversations")
      .select("state")
      .where("id", "=", conversationId)
      .executeTakeFirstOrThrow()
  ).state;

describe("a relationship's transitions reach its pair conversation", () => {
  it("pushes conversation:changed to both on pause, resume and close; close makes it read-only", async () => {
    const chat = await chattingPair(t);
    const [mentee, mentor] = [await socketOf(chat.mentee.client), await socketOf(chat.mentor.client)];
    const bothHear = () =>
      Promise.all([nextEvent(mentee, "conversation:changed"), nextEvent(mentor, "conversation:changed")]);
    const expected = [[{ conversationId: chat.conversationId }], [{ conversationId: chat.conversationId }]];

    let heard = bothHear();
    expect((await chat.mentee.client.post(`${chat.base}/pause`, {})).status).toBe(200);
    expect(await heard).toEqual(expected);
    expect(await storedState(chat.conversationId)).toBe("open");

    heard = bothHear();
    expect((await chat.mentor.client.post(`${chat.base}/resume`, {})).status).toBe(200);
    expect(await heard).toEqual(expected);

    heard = bothHear();
    expect((await chat.mentor.client.post(`${chat.base}/close`, { reason: "poor_fit" })).status).toBe(200);
    expect(await heard).toEqual(expected);
    expect(await storedState(chat.conversationId)).toBe("read_only");
    const list = await chat.mentee.client.get<List>("/api/conversations");
    expect(list.body.conversations.find((c) => c.id === chat.conversationId)?.state).toBe("read_only");
    const refused = await chat.mentee.client.post(chat.events, messageRequest(chat.menteeDevice.id, 1));
    expect(refused.status).toBe(409);
  });

  it("pushes nothing for a relationship nobody has opened Messages for, and the transition still succeeds", async () => {
    const chat = await chattingPair(t);
    await t.ctx.db.deleteFrom("conversations").where("id", "=", chat.conversationId).execute();
    const mentee = await socketOf(chat.mentee.client);
    const heard = nextEvent(mentee, "conversation:changed", 400).then(
      () => true,
      () => false,
    );
    expect((await chat.mentee.client.post(`${chat.base}/pause`, {})).status).toBe(200);
    expect(await heard).toBe(false);
  });
});
