import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ConversationDetail } from "@mentalverse/shared";
import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activePair } from "../../../test/activity-fixture.js";
import { TestClient } from "../../../test/client.js";
import { freshDatabase } from "../../../test/database.js";
import { type E2eeClient, messagingDevice } from "../../../test/e2ee-client.js";
import type { TestApp } from "../../../test/harness.js";
import { sentinelFound } from "../../../test/sentinel.js";
import { listen } from "../../../test/sockets.js";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config/config.js";
import { ManualClock } from "../../lib/clock.js";

/**
 * The server never holds plaintext. Two members message through the real server (a pair and a
 * group: messages, an edit, a reaction, a delete, typing, read receipts, an attachment) with a
 * random sentinel in everything they write; then every table of the database, every file in the
 * attachments folder and every log line (level trace) are searched for the sentinel as text, hex,
 * base64 and base64url. One message, with a second sentinel, is reported: its revealed text belongs
 * in the safety team's report and nowhere else.
 */
const SECRET = `sentinel${randomBytes(12).toString("hex")}`;
const REPORTED = `reported${randomBytes(12).toString("hex")}`;

let t: TestApp;
let drop: () => Promise<void>;
let url: string;
let attachmentsDir: string;
const logs: string[] = [];
const devices: E2eeClient[] = [];

beforeAll(async () => {
  attachmentsDir = mkdtempSync(path.join(tmpdir(), "mv-sentinel-"));
  const fresh = await freshDatabase();
  drop = fresh.drop;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "trace",
    JOBS: "false",
    MESSAGING_ATTACHMENTS_DIR: attachmentsDir,
  });
  const clock = new ManualClock(new Date());
  const logger = pino({ level: "trace" }, { write: (line: string) => void logs.push(line) });
  const built = await buildApp({ config, database: fresh.handle, clock, logger, serveWeb: false });
  await built.app.ready();
  t = { ...built, clock, client: () => new TestClient(built.app), close: async () => {} };
  url = await listen(built.app);
});

afterAll(async () => {
  for (const d of devices) d.disconnect();
  await t?.app.close();
  await drop?.();
  rmSync(attachmentsDir, { recursive: true, force: true });
});

/** Every row of every table in every schema but the catalogs, as JSON. */
async function dumpDatabase(): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ table_schema: string; table_name: string }>`
    select table_schema, table_name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(t.ctx.db);
  const dump: Record<string, string> = {};
  for (const { table_schema, table_name } of tables) {
    const { rows } = await sql`select * from ${sql.table(`${table_schema}.${table_name}`)}`.execute(t.ctx.db);
    dump[`${table_schema}.${table_name}`] = JSON.stringify(rows);
  }
  return dump;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe("no plaintext on the server", () => {
  it("keeps only ciphertext of a whole conversation in the database, the attachments folder and the logs", async () => {
    const pair = await activePair(t);
    const mentee = await messagingDevice(pair.mentee.client, url, pair.mentee.user.id);
    const mentor = await messagingDevice(pair.mentor.client, url, pair.mentor.user.id);
    devices.push(mentee, mentor);

    const [conversation] = await mentee.conversations();
    expect(conversation?.kind).toBe("pair");
    const pairId = conversation?.id as string;
    await mentor.conversations();

    const first = await mentee.sendText(pairId, `hello ${SECRET} from the mentee`);
    const reply = await mentor.sendText(pairId, `and ${SECRET} back`);
    await mentee.send(pairId, "edit", { v: 1, text: `edited ${SECRET}` }, first.seq);
    await mentor.send(pairId, "reaction", { v: 1, emoji: "💜" }, first.seq);
    const gone = await mentee.sendText(pairId, `soon deleted ${SECRET}`);
    await mentee.deleteMessage(pairId, gone.seq);
    const file = new TextEncoder().encode(`attachment body ${SECRET} ${"x".repeat(2000)}`);
    const ref = await mentee.uploadAttachment(pairId, file, `${SECRET}.txt`, "text/plain");
    const withFile = await mentee.sendText(pairId, `file ${SECRET}`, [ref]);
    mentee.socket?.emit("conversation:typing", { conversationId: pairId });
    await mentor.socket?.timeout(5000).emitWithAck("conversation:read", { conversationId: pairId, seq: withFile.seq });
    const reported = await mentor.sendText(pairId, `report me ${REPORTED}`);

    // The mentee's device got every event pushed and reads them all, the attachment too.
    await mentee.waitFor(pairId, (events) => events.some((e) => e.seq === reported.seq));
    expect(await mentee.texts(pairId)).toContain(`and ${SECRET} back`);
    expect(new TextDecoder().decode(await mentee.downloadAttachment(pairId, ref))).toContain(SECRET);
    expect(reply.seq).toBeGreaterThan(first.seq);

    // A support group the mentor makes with the mentee.
    const group = await pair.mentor.client.post<ConversationDetail>("/api/conversations/groups", {
      title: "Evening circle",
      memberIds: [pair.mentee.user.id],
    });
    expect(group.status).toBe(201);
    await mentor.sendText(group.body.id, `group hello ${SECRET}`);
    const groupReply = await mentee.sendText(group.body.id, `group reply ${SECRET}`);
    await mentor.waitFor(group.body.id, (events) => events.some((e) => e.seq === groupReply.seq));
    expect(await mentor.texts(group.body.id)).toEqual([`group hello ${SECRET}`, `group reply ${SECRET}`]);

    // The mentee reports the mentor's last message, revealing only it.
    const opened = await mentee.open(reported);
    const report = await pair.mentee.client.post("/api/messaging/reports", {
      conversationId: pairId,
      reason: "harassment",
      messages: [{ seq: reported.seq, plaintext: opened.plaintext, frankingKey: opened.frankingKey }],
    });
    expect(report.status).toBe(201);

    const dump = await dumpDatabase();
    const tablesWith = (secret: string) =>
      Object.entries(dump)
        .filter(([, json]) => sentinelFound(json, secret).length > 0)
        .map(([table]) => table);
    expect(Object.keys(dump)).toEqual(expect.arrayContaining(["public.conversation_events", "public.safety_reports"]));
    expect(dump["public.conversation_events"]?.length).toBeGreaterThan(1000);
    expect(tablesWith(SECRET)).toEqual([]);
    // The revealed message is where the safety team reads it (which shows the search finds what is there).
    expect(tablesWith(REPORTED)).toEqual(["public.safety_reports"]);

    const files = filesUnder(attachmentsDir);
    expect(files.length).toBe(1);
    for (const f of files) expect(sentinelFound(readFileSync(f).toString("latin1"), SECRET)).toEqual([]);

    const log = logs.join("");
    // The logs did see this conversation's requests (trace level), just never their contents.
    expect(log).toContain(pairId);
    expect(sentinelFound(log, SECRET)).toEqual([]);
    expect(sentinelFound(log, REPORTED)).toEqual([]);
  });
});
