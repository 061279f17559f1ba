import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { chattingPair, messageRequest } from "../../../test/messaging-fixture.js";
import { deleteOrphanAttachmentsJob } from "../../jobs/definitions/delete-orphan-attachments.js";
import { purgeDeletedAccountsJob } from "../../jobs/definitions/purge-deleted-accounts.js";
import { HOUR, type ManualClock, MINUTE } from "../../lib/clock.js";
import { sweepUntrackedFiles, UNTRACKED_FILE_GRACE_MS } from "./sweep-untracked-files.js";

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mv-untracked-"));
  t = await createTestApp({ env: { MESSAGING_ATTACHMENTS_DIR: dir, ACCOUNT_DELETION_GRACE_DAYS: "0" } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const clock = () => t.clock as ManualClock;
/** Writes a file as if it had been there since `at` (by the app's clock). */
function fileAt(relative: string, at: Date): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, randomBytes(64));
  fs.utimesSync(file, at, at);
  return file;
}
const ago = (ms: number) => new Date(clock().now().getTime() - ms);
const allFiles = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;

describe("removing attachment files no row names", () => {
  it("removes old untracked files and crashed uploads' temporary files, keeping recorded and young ones", async () => {
    const chat = await chattingPair(t);
    const uploaded = await chat.mentee.client.request<{ id: string }>(
      "POST",
      `/api/conversations/${chat.conversationId}/attachments`,
      randomBytes(128),
      { "content-type": "application/octet-stream" },
    );
    expect(uploaded.status).toBe(201);
    const row = await t.ctx.db
      .selectFrom("message_attachments")
      .select("storage_key")
      .where("id", "=", uploaded.body.id)
      .executeTakeFirstOrThrow();
    const recorded = path.join(dir, row.storage_key);
    fs.utimesSync(recorded, ago(10 * HOUR), ago(10 * HOUR));
    const untracked = fileAt(path.join(chat.conversationId, randomBytes(24).toString("hex")), ago(2 * HOUR));
    const crashedUpload = fileAt(path.join(chat.conversationId, ".upload-0123456789ab"), ago(2 * HOUR));
    const young = fileAt(path.join(chat.conversationId, randomBytes(24).toString("hex")), ago(10 * MINUTE));
    const departed = randomUUID();
    const ofDeparted = fileAt(path.join(departed, randomBytes(24).toString("hex")), ago(2 * HOUR));
    const notOurs = fileAt(path.join("not-a-conversation", "keep-me"), ago(48 * HOUR));

    expect(await sweepUntrackedFiles(t.ctx)).toEqual({ removed: 3, failed: 0 });
    expect([recorded, young, notOurs].map((f) => fs.existsSync(f))).toEqual([true, true, true]);
    expect([untracked, crashedUpload, ofDeparted].map((f) => fs.existsSync(f))).toEqual([false, false, false]);
    // The departed conversation's folder goes; the live conversation's stays for its uploads.
    expect(fs.existsSync(path.join(dir, departed))).toBe(false);
    expect(fs.existsSync(path.join(dir, chat.conversationId))).toBe(true);

    clock().advance(UNTRACKED_FILE_GRACE_MS);
    expect(await sweepUntrackedFiles(t.ctx)).toEqual({ removed: 1, failed: 0 });
    expect(fs.existsSync(young)).toBe(false);
    expect(await sweepUntrackedFiles(t.ctx)).toEqual({ removed: 0, failed: 0 });
    expect(fs.existsSync(recorded)).toBe(true);
  });

  it("leaves nothing on disk of a purged member's pair conversation once the job has run", async () => {
    const chat = await chattingPair(t);
    const sent: string[] = [];
    for (const side of [
      { client: chat.mentee.client, device: chat.menteeDevice.id },
      { client: chat.mentor.client, device: chat.mentorDevice.id },
    ]) {
      const up = await side.client.request<{ id: string }>(
        "POST",
        `/api/conversations/${chat.conversationId}/attachments`,
        randomBytes(256),
        { "content-type": "application/octet-stream" },
      );
      expect(up.status).toBe(201);
      sent.push(up.body.id);
      const res = await side.client.post(chat.events, messageRequest(side.device, 1, { attachmentIds: [up.body.id] }));
      expect(res.status).toBe(201);
    }
    const folder = path.join(dir, chat.conversationId);
    expect(fs.readdirSync(folder)).toHaveLength(2);
    const requested = await chat.mentee.client.post("/api/account/deletion", { password: chat.mentee.user.password });
    expect(requested.status).toBe(200);
    await purgeDeletedAccountsJob.handle(t.ctx, {});
    const rows = await t.ctx.db.selectFrom("message_attachments").select("id").where("id", "in", sent).execute();
    expect(rows).toEqual([]);
    // The rows went by cascade; the files are still there until the sweep, an hour on.
    expect(fs.readdirSync(folder)).toHaveLength(2);

    clock().advance(UNTRACKED_FILE_GRACE_MS + MINUTE);
    const before = allFiles();
    await deleteOrphanAttachmentsJob.handle(t.ctx, {});
    // The pair conversation went with the relationship, and with it every row of its attachments.
    const conversation = await t.ctx.db
      .selectFrom("conversations")
      .select("id")
      .where("id", "=", chat.conversationId)
      .executeTakeFirst();
    expect(conversation).toBeUndefined();
    expect(fs.existsSync(folder)).toBe(false);
    expect(allFiles()).toBe(before - 2);
  });
});
