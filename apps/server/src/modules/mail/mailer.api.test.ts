import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.js";
import { createTestApp, type TestApp } from "../../../test/harness.js";
import { lastMailTo } from "../../../test/inspect.js";
import { sendMailJob } from "../../jobs/definitions/send-mail.js";
import { MAX_MAIL_ATTEMPTS } from "./deliver-mail.js";
import { listOutbox } from "./mail-repository.js";

interface Received {
  to: string[];
  raw: string;
}

const received: Received[] = [];
let smtp: SMTPServer;
let t: TestApp;

/** The body as a reader sees it: quoted-printable soft breaks and escapes undone. */
const decoded = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith("bounce") ? new Error("550 no such mailbox") : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  const listening = smtp.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listening.once("listening", () => resolve()));
  const { port } = listening.address() as AddressInfo;
  t = await createTestApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "MentalVerse <hello@mentalverse.test>" },
  });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("mail over SMTP", () => {
  it("queues the message, and the send-mail job delivers it to the SMTP server", async () => {
    const user = await buildUser(t.ctx.db);
    const c = t.client();
    expect((await c.post("/api/auth/password-reset/request", { email: user.email })).status).toBe(202);
    const queued = await lastMailTo(t.ctx.db, user.email);
    expect(queued).toMatchObject({ status: "queued", attempts: 0 });
    expect(received).toHaveLength(0);

    expect(await t.jobs.runPending("send-mail", t.ctx)).toBe(1);
    expect(received).toHaveLength(1);
    const message = received[0] as Received;
    expect(message.to).toEqual([user.email]);
    expect(message.raw).toMatch(/^Subject: Reset your MentalVerse password/m);
    expect(message.raw).toMatch(/^From: MentalVerse <hello@mentalverse\.test>/m);
    const link = decoded(message.raw).match(/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(link).toBeDefined();
    expect(queued?.text_body).toContain(`token=${link}`);

    const sent = await lastMailTo(t.ctx.db, user.email);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, error: null });
    expect(sent?.sent_at).toBeInstanceOf(Date);
  });

  it("records a refused delivery, retries it from the sweep, and gives up after the last attempt", async () => {
    const to = `bounce-${Date.now()}@example.test`;
    await t.ctx.mailer.send({ to, subject: "Will not arrive", text: "Hello" });
    const row = await lastMailTo(t.ctx.db, to);
    await t.jobs.runPending("send-mail", t.ctx);
    expect(await lastMailTo(t.ctx.db, to)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await lastMailTo(t.ctx.db, to))?.error).toMatch(/no such mailbox/);

    for (let i = 1; i < MAX_MAIL_ATTEMPTS; i++) await sendMailJob.handle(t.ctx, {});
    expect(await lastMailTo(t.ctx.db, to)).toMatchObject({
      id: row?.id,
      status: "failed",
      attempts: MAX_MAIL_ATTEMPTS,
    });
    await sendMailJob.handle(t.ctx, {});
    expect((await lastMailTo(t.ctx.db, to))?.attempts).toBe(MAX_MAIL_ATTEMPTS);
    expect(received.some((m) => m.to.includes(to))).toBe(false);
  });

  it("mail written inside a transaction waits for the commit and goes out with the sweep", async () => {
    const to = `in-trx-${Date.now()}@example.test`;
    await t.ctx.database.transaction((trx) =>
      t.ctx.mailer.send({ to, subject: "From a transaction", text: "Hi" }, trx),
    );
    expect(await t.jobs.runPending("send-mail", t.ctx)).toBe(0);
    expect(await lastMailTo(t.ctx.db, to)).toMatchObject({ status: "queued" });
    await sendMailJob.handle(t.ctx, {});
    expect(await lastMailTo(t.ctx.db, to)).toMatchObject({ status: "sent" });
    expect(received.some((m) => m.to.includes(to))).toBe(true);
  });

  it("a job for a message already sent sends nothing twice", async () => {
    const before = received.length;
    const sent = await t.ctx.db
      .selectFrom("mail_outbox")
      .select("id")
      .where("status", "=", "sent")
      .executeTakeFirstOrThrow();
    await sendMailJob.handle(t.ctx, { id: sent.id });
    expect(received.length).toBe(before);
  });

  it("lists the outbox newest first with a total, for administrators", async () => {
    const { rows, total } = await listOutbox(t.ctx.db, { limit: 2, offset: 0 });
    const all = await t.ctx.db.selectFrom("mail_outbox").select("id").execute();
    expect(total).toBe(all.length);
    expect(rows).toHaveLength(2);
    expect((rows[0]?.created_at.getTime() ?? 0) >= (rows[1]?.created_at.getTime() ?? 0)).toBe(true);
    const next = await listOutbox(t.ctx.db, { limit: 2, offset: 2 });
    expect(next.rows.map((r) => r.id)).not.toContain(rows[0]?.id);
  });
});
