import { randomUUID } from "node:crypto";
import type { EventPage, SendEventResult } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Failure = { error: { message: string; details?: { field: string; reason: string }[] } };
type Chat = Awaited<ReturnType<typeof chattingPair>>;

const send = (chat: Chat, who: "mentee" | "mentor", kind: "message" | "edit" | "reaction", targetSeq?: number) => {
  const client = chat[who].client;
  const device = who === "mentee" ? chat.menteeDevice : chat.mentorDevice;
  return client.post<SendEventResult & Failure>(
    chat.events,
    messageRequest(device.id, 1, { kind, ...(targetSeq === undefined ? {} : { targetSeq }) }),
  );
};
const remove = (chat: Chat, who: "mentee" | "mentor", targetSeq: number) =>
  chat[who].client.post<SendEventResult & Failure>(chat.events, {
    clientId: randomUUID(),
    kind: "delete",
    senderDeviceId: (who === "mentee" ? chat.menteeDevice : chat.mentorDevice).id,
    targetSeq,
  });
const failure = (res: { status: number; body: Failure }) => [res.status, res.body.error.details?.[0]?.field];

describe("edits, reactions and deletes", () => {
  it("only the sender edits their message; anyone reacts; targets must be messages", async () => {
    const chat = await chattingPair(t);
    expect((await send(chat, "mentee", "message")).body.event.seq).toBe(1);
    const edit = await send(chat, "mentee", "edit", 1);
    expect(edit.status).toBe(201);
    expect(edit.body.event).toMatchObject({ seq: 2, kind: "edit", targetSeq: 1 });
    expect(failure(await send(chat, "mentor", "edit", 1))).toEqual([403, "targetSeq"]);
    const reaction = await send(chat, "mentor", "reaction", 1);
    expect(reaction.body.event).toMatchObject({ seq: 3, kind: "reaction", targetSeq: 1 });
    // An edit or a reaction is not itself something to edit or react to; nor is a number never used.
    expect(failure(await send(chat, "mentee", "edit", 2))).toEqual([422, "targetSeq"]);
    expect(failure(await send(chat, "mentor", "reaction", 3))).toEqual([422, "targetSeq"]);
    expect(failure(await send(chat, "mentor", "reaction", 99))).toEqual([422, "targetSeq"]);
  });

  it("a delete wipes the message's and its edits' ciphertext but keeps the commitments", async () => {
    const chat = await chattingPair(t);
    const original = await send(chat, "mentee", "message");
    const edited = await send(chat, "mentee", "edit", 1);
    await send(chat, "mentor", "reaction", 1);
    expect(failure(await remove(chat, "mentor", 1))).toEqual([403, "targetSeq"]);
    const deleted = await remove(chat, "mentee", 1);
    expect(deleted.status).toBe(201);
    expect(deleted.body.event).toMatchObject({
      seq: 4,
      kind: "delete",
      targetSeq: 1,
      epoch: null,
      ciphertext: null,
      commitment: null,
    });

    const page = await chat.mentor.client.get<EventPage>(`${chat.events}?after=0`);
    const [message, edit, reaction] = page.body.events;
    for (const [event, sent] of [
      [message, original.body.event],
      [edit, edited.body.event],
    ] as const) {
      expect(event).toMatchObject({ ciphertext: null, nonce: null, signature: null, commitment: sent.commitment });
      expect(event?.deletedAt).not.toBeNull();
    }
    expect(reaction?.ciphertext).not.toBeNull();
    expect(reaction?.deletedAt).toBeNull();

    expect(failure(await remove(chat, "mentee", 1))).toEqual([409, "targetSeq"]);
    expect(failure(await send(chat, "mentee", "edit", 1))).toEqual([409, "targetSeq"]);
    expect(failure(await send(chat, "mentor", "reaction", 1))).toEqual([409, "targetSeq"]);
  });

  it("a delete and an edit of the same message sent together: whichever is numbered first wins", async () => {
    const chat = await chattingPair(t);
    await send(chat, "mentee", "message");
    const [deleted, edit] = await Promise.all([remove(chat, "mentee", 1), send(chat, "mentee", "edit", 1)]);
    expect(deleted.status).toBe(201);
    if (edit.status === 201) {
      // The edit came first: the delete wiped it too.
      const page = await chat.mentee.client.get<EventPage>(`${chat.events}?after=0`);
      expect(page.body.events.find((e) => e.kind === "edit")?.ciphertext).toBeNull();
    } else {
      expect(failure(edit)).toEqual([409, "targetSeq"]);
    }
  });
});
