import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ConversationDetail } from "@mentalverse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setRelationshipStatus } from "../../../test/activity-fixture.js";
import type { TestClient } from "../../../test/client.js";
import { frankedMessage, pairWithConversation } from "../../../test/franking-fixture.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { member } from "../../../test/matching-fixture.js";

const MAX = 2 * 1024 * 1024;
let t: TestApp;
let dir: string;
let pair: Awaited<ReturnType<typeof pairWithConversation>>;

const octets = { "content-type": "application/octet-stream" };
const upload = (client: TestClient, conversationId: string, body: Buffer | string, headers = octets) =>
  client.request<{ id: string; size: number }>(
    "POST",
    `/api/conversations/${conversationId}/attachments`,
    body,
    headers,
  );
/** Binary downloads go around the test client, which reads bodies as text. */
const download = (client: TestClient, conversationId: string, id: string) =>
  t.app.inject({
    method: "GET",
    url: `/api/conversations/${conversationId}/attachments/${id}`,
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
  });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mv-attachments-"));
  // The JSON body limit is far below the attachment limit: uploads must be held to the latter only.
  t = await createTestApp({
    env: { MESSAGING_ATTACHMENTS_DIR: dir, MESSAGING_ATTACHMENT_MAX_BYTES: String(MAX), BODY_LIMIT_BYTES: "4096" },
  });
  pair = await pairWithConversation(t);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("encrypted attachments", () => {
  it("stores the ciphertext under a name the server chose and gives it back byte for byte", async () => {
    const ciphertext = randomBytes(300_000);
    const res = await upload(pair.mentee.client, pair.conversationId, ciphertext);
    expect(res.status).toBe(201);
    expect(res.body.size).toBe(ciphertext.length);
    const row = await t.ctx.db
      .selectFrom("message_attachments")
      .selectAll()
      .where("id", "=", res.body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ conversation_id: pair.conversationId, uploader_id: pair.mentee.user.id });
    expect(row.storage_key).toMatch(new RegExp(`^${pair.conversationId}/[0-9a-f]{48}$`));
    expect(fs.readFileSync(path.join(dir, row.storage_key)).equals(ciphertext)).toBe(true);
    // No temporary file is left behind.
    expect(fs.readdirSync(path.join(dir, pair.conversationId))).toEqual([path.basename(row.storage_key)]);

    // Until a message carries it, only the uploader may fetch it; then every member who can see that message.
    expect((await download(pair.mentor.client, pair.conversationId, res.body.id)).statusCode).toBe(404);
    expect((await download(pair.mentee.client, pair.conversationId, res.body.id)).statusCode).toBe(200);
    await frankedMessage(t, pair.conversationId, pair.mentee.user.id, "a photo", { attachmentIds: [res.body.id] });
    const got = await download(pair.mentor.client, pair.conversationId, res.body.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers["content-type"]).toBe("application/octet-stream");
    expect(got.headers["cache-control"]).toBe("no-store");
    expect(got.headers["x-content-type-options"]).toBe("nosniff");
    expect(got.rawPayload.equals(ciphertext)).toBe(true);
  });

  it("refuses more than MESSAGING_ATTACHMENT_MAX_BYTES with a 413 in the error shape", async () => {
    const res = await upload(pair.mentee.client, pair.conversationId, Buffer.alloc(MAX + 1));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("refuses anything but application/octet-stream with 415, and an empty body with 422", async () => {
    const json = await upload(pair.mentee.client, pair.conversationId, '{"file":"x"}', {
      "content-type": "application/json",
    });
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ error: { code: "unsupported_media_type" } });
    const text = await upload(pair.mentee.client, pair.conversationId, "hello", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    const empty = await upload(pair.mentee.client, pair.conversationId, Buffer.alloc(0));
    expect(empty.status).toBe(422);
  });

  it("is 404 to anyone outside the conversation, either way", async () => {
    const outsider = await member(t);
    expect((await upload(outsider.client, pair.conversationId, randomBytes(64))).status).toBe(404);
    const mine = await upload(pair.mentor.client, pair.conversationId, randomBytes(64));
    expect((await download(outsider.client, pair.conversationId, mine.body.id)).statusCode).toBe(404);
    expect((await t.client().post(`/api/conversations/${pair.conversationId}/attachments`, {})).status).toBe(401);
  });

  it("is not served to a member who joined after the message carrying it", async () => {
    const joiner = await member(t);
    const created = await pair.mentor.client.post<ConversationDetail>("/api/conversations/groups", {
      title: "Walkers",
      memberIds: [pair.mentee.user.id],
    });
    expect(created.status).toBe(201);
    const before = await upload(pair.mentee.client, created.body.id, randomBytes(128));
    await frankedMessage(t, created.body.id, pair.mentee.user.id, "look", { attachmentIds: [before.body.id] });
    // A mentor may add other mentors; make the joiner one.
    await t.ctx.db
      .insertInto("user_roles")
      .values({ user_id: joiner.user.id, role: "mentor", granted_at: t.clock.now(), granted_by: null })
      .execute();
    expect(
      (await pair.mentor.client.post(`/api/conversations/${created.body.id}/members`, { userId: joiner.user.id }))
        .status,
    ).toBe(200);
    expect((await download(joiner.client, created.body.id, before.body.id)).statusCode).toBe(404);
    expect((await download(pair.mentor.client, created.body.id, before.body.id)).statusCode).toBe(200);
  });

  it("takes nothing new once the relationship ended (read-only)", async () => {
    await setRelationshipStatus(t, pair.id, "closed");
    const res = await upload(pair.mentee.client, pair.conversationId, randomBytes(64));
    expect(res.status).toBe(409);
  });
});
