import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SendEventResult } from "@mentalverse/shared";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";
import { deleteOrphanAttachmentsJob } from "../../jobs/definitions/delete-orphan-attachments.js";
import { HOUR, type ManualClock, MINUTE } from "../../lib/clock.js";
import { deleteOrphanAttachments, ORPHAN_ATTACHMENT_GRACE_MS } from "./delete-orphan-attachments.js";

let t: TestApp;
let dir: string;
let chat: Awaited<ReturnType<typeof chattingPair>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mv-orphans-"));
  t = await createTestApp({ env: { MESSAGING_ATTACHMENTS_DIR: dir } });
  chat = await chattingPair(t);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
// Each test starts with no attachments: earlier tests' leftovers would otherwise count in its runs.
beforeEach(async () => {
  await t.ctx.db.deleteFrom("message_attachments").execute();
});

const clock = () => t.clock as ManualClock;
const pastGrace = () => clock().advance(ORPHAN_ATTACHMENT_GRACE_MS + MINUTE);

async function upload(): Promise<string> {
  const res = await chat.mentee.client.request<{ id: string }>(
    "POST",
    `/api/conversations/${chat.conversationId}/attachments`,
    randomBytes(256),
    { "content-type": "application/octet-stream" },
  );
  expect(res.status).toBe(201);
  return res.body.id;
}

async function sendWith(attachmentIds: string[]): Promise<number> {
  const res = await chat.mentee.client.post<SendEventResult>(
    chat.events,
    messageRequest(chat.menteeDevice.id, 1, { attachmentIds }),
  );
  expect(res.status).toBe(201);
  return res.body.event.seq;
}

async function deleteMessage(targetSeq: number): Promise<void> {
  const res = await chat.mentee.client.post(chat.events, {
    clientId: randomUUID(),
    kind: "delete",
    senderDeviceId: chat.menteeDevice.id,
    targetSeq,
  });
  expect(res.status).toBe(201);
}

async function storageKeyOf(id: string): Promise<string | undefined> {
  const row = await t.ctx.db
    .selectFrom("message_attachments")
    .select("storage_key")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.storage_key;
}

/** Whether the attachment's row is there, and whether its file is (by the key it was stored under). */
async function stateOf(id: string, key: string) {
  return { row: (await storageKeyOf(id)) !== undefined, file: fs.existsSync(path.join(dir, key)) };
}

async function keyOf(id: string): Promise<string> {
  const key = await storageKeyOf(id);
  if (!key) throw new Error(`no attachment ${id}`);
  return key;
}

describe("delete-orphan-attachments job", () => {
  it("removes an old upload no message carries with its file, and keeps recent and carried ones", async () => {
    const unsent = await upload();
    const carried = await upload();
    await sendWith([carried]);
    pastGrace();
    const recent = await upload();
    const keys = { unsent: await keyOf(unsent), carried: await keyOf(carried), recent: await keyOf(recent) };

    await deleteOrphanAttachmentsJob.handle(t.ctx, {});
    expect(await stateOf(unsent, keys.unsent)).toEqual({ row: false, file: false });
    expect(await stateOf(carried, keys.carried)).toEqual({ row: true, file: true });
    expect(await stateOf(recent, keys.recent)).toEqual({ row: true, file: true });

    // Just before its grace period ends, the recent one still stays; just after, it goes.
    clock().advance(ORPHAN_ATTACHMENT_GRACE_MS - MINUTE);
    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 0, failed: 0 });
    clock().advance(2 * MINUTE);
    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1, failed: 0 });
    expect(await stateOf(recent, keys.recent)).toEqual({ row: false, file: false });
    expect(await stateOf(carried, keys.carried)).toEqual({ row: true, file: true });
  });

  it("removes an attachment whose only message its sender deleted; the message's commitment stays", async () => {
    const deletedOnly = await upload();
    const alsoLive = await upload();
    const seq = await sendWith([deletedOnly, alsoLive]);
    await sendWith([alsoLive]);
    const fetchAs = (client: typeof chat.mentor.client, id: string) =>
      t.app.inject({
        method: "GET",
        url: `/api/conversations/${chat.conversationId}/attachments/${id}`,
        headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
    expect((await fetchAs(chat.mentor.client, deletedOnly)).statusCode).toBe(200);
    await deleteMessage(seq);
    // Gone for the other member at once, not only when the job runs; a live message still carries the other.
    expect((await fetchAs(chat.mentor.client, deletedOnly)).statusCode).toBe(404);
    expect((await fetchAs(chat.mentor.client, alsoLive)).statusCode).toBe(200);
    pastGrace();
    const keys = { deletedOnly: await keyOf(deletedOnly), alsoLive: await keyOf(alsoLive) };

    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1, failed: 0 });
    expect(await stateOf(deletedOnly, keys.deletedOnly)).toEqual({ row: false, file: false });
    expect(await stateOf(alsoLive, keys.alsoLive)).toEqual({ row: true, file: true });
    const event = await t.ctx.db
      .selectFrom("conversation_events")
      .select(["commitment", "ciphertext", "deleted_at"])
      .where("conversation_id", "=", chat.conversationId)
      .where("seq", "=", seq)
      .executeTakeFirstOrThrow();
    expect(event.commitment).not.toBeNull();
    expect(event.ciphertext).toBeNull();
    expect(event.deleted_at).not.toBeNull();
  });

  it("treats a file already gone as removed, and a second run finds nothing to do", async () => {
    const id = await upload();
    const key = await keyOf(id);
    fs.rmSync(path.join(dir, key));
    pastGrace();

    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1, failed: 0 });
    expect(await stateOf(id, key)).toEqual({ row: false, file: false });
    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 0, failed: 0 });
    await expect(deleteOrphanAttachmentsJob.handle(t.ctx, {})).resolves.toBeUndefined();
  });

  it("keeps the row of a file it cannot remove, so the next run tries again", async () => {
    const stuck = await upload();
    const other = await upload();
    const key = await keyOf(stuck);
    // A directory where the file should be cannot be removed as a file (whoever runs the tests, root included).
    fs.rmSync(path.join(dir, key));
    fs.mkdirSync(path.join(dir, key));
    fs.writeFileSync(path.join(dir, key, "inside"), "x");
    pastGrace();

    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1, failed: 1 });
    expect(await storageKeyOf(stuck)).toBe(key);
    expect(await storageKeyOf(other)).toBeUndefined();

    fs.rmSync(path.join(dir, key), { recursive: true });
    clock().advance(HOUR);
    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1, failed: 0 });
    expect(await storageKeyOf(stuck)).toBeUndefined();
  });

  it("works through more orphans than one batch holds in a single run", async () => {
    const carried = await upload();
    await sendWith([carried]);
    // Rows whose files never existed: the cheapest way to have many, and a missing file is no error.
    await t.ctx.db
      .insertInto("message_attachments")
      .values(
        Array.from({ length: 1234 }, (_, i) => ({
          conversation_id: chat.conversationId,
          uploader_id: chat.mentee.user.id,
          size: 100,
          storage_key: `${chat.conversationId}/never-written-${i}`,
          created_at: t.clock.now(),
        })),
      )
      .execute();
    pastGrace();

    expect(await deleteOrphanAttachments(t.ctx)).toEqual({ deleted: 1234, failed: 0 });
    const left = await t.ctx.db.selectFrom("message_attachments").select("id").execute();
    expect(left).toEqual([{ id: carried }]);
  });
});
