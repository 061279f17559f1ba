import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { createJobQueue, type JobQueueRunner } from "./queue.js";
import { jobDefinitions } from "./registry.js";
import { defineJob, type JobDefinition } from "./types.js";

const silent = pino({ level: "silent" });

describe("the job queue", () => {
  let t: TestApp;
  let queue: JobQueueRunner;
  const calls: string[] = [];
  let failNext = 0;
  let release: (() => void) | null = null;

  const echo = defineJob({
    name: "echo",
    schema: z.strictObject({ word: z.string().min(1) }),
    retryLimit: 2,
    async handle(_ctx, payload) {
      if (failNext > 0) {
        failNext--;
        throw new Error(`refusing ${payload.word}`);
      }
      calls.push(payload.word);
    },
  });
  const slow = defineJob({
    name: "slow",
    schema: z.object({}),
    async handle() {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      calls.push("slow done");
    },
  });
  const nightly = defineJob({ name: "nightly", schema: z.object({}), cron: "15 3 * * *", async handle() {} });

  // A long poll, so a job that runs at once proves the send woke the worker.
  const newQueue = (definitions: readonly JobDefinition[] = [echo, slow, nightly]) =>
    createJobQueue({
      database: t.ctx.database,
      config: t.ctx.config,
      log: silent,
      clock: t.clock,
      definitions,
      pollIntervalMs: 60_000,
    });

  beforeAll(async () => {
    t = await createTestApp();
    queue = newQueue();
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  it("refuses unknown jobs and payloads that do not match the schema, before touching the database", async () => {
    await expect(queue.send("no-such-job", {})).rejects.toThrow(/Unknown job "no-such-job"/);
    await expect(queue.send("echo", { word: "" })).rejects.toThrow(/Invalid payload for job "echo"/);
    await expect(queue.send("echo", { word: "hi", extra: true })).rejects.toThrow(/Invalid payload/);
  });

  it("queues without workers, and runPending runs what is due", async () => {
    const id = await queue.send("echo", { word: "queued" });
    expect(await queue.findJob("echo", id as string)).toMatchObject({ state: "created", data: { word: "queued" } });
    expect(await queue.runPending("echo", t.ctx)).toBe(1);
    expect(calls).toContain("queued");
    expect(await queue.findJob("echo", id as string)).toMatchObject({ state: "completed" });
    expect(await queue.runPending("echo", t.ctx)).toBe(0);
  });

  it("holds a delayed job until it is due", async () => {
    const id = await queue.send("echo", { word: "later" }, { startAfterSeconds: 3600 });
    expect(await queue.runPending("echo", t.ctx)).toBe(0);
    expect(await queue.runPending("echo", t.ctx, { includeDelayed: true })).toBe(1);
    expect(await queue.findJob("echo", id as string)).toMatchObject({ state: "completed" });
  });

  it("retries a failed job up to its retry limit, then marks it failed", async () => {
    failNext = 1;
    const retried = await queue.send("echo", { word: "second time lucky" });
    await queue.runPending("echo", t.ctx);
    expect(await queue.findJob("echo", retried as string)).toMatchObject({ state: "retry", retryCount: 0 });
    await queue.runPending("echo", t.ctx, { includeDelayed: true });
    expect(await queue.findJob("echo", retried as string)).toMatchObject({ state: "completed", retryCount: 1 });
    expect(calls).toContain("second time lucky");

    failNext = 10;
    const doomed = await queue.send("echo", { word: "doomed" });
    expect(await queue.runPending("echo", t.ctx, { includeDelayed: true })).toBe(3); // first try + retryLimit 2
    expect(await queue.findJob("echo", doomed as string)).toMatchObject({ state: "failed", retryCount: 2 });
    expect(calls).not.toContain("doomed");
    failNext = 0;
  });

  it("checks the payload again on receipt, failing a job queued with a shape the handler does not accept", async () => {
    const loose = newQueue([
      defineJob({ name: "echo", schema: z.object({ word: z.unknown() }), retryLimit: 2, async handle() {} }),
    ]);
    const id = await loose.send("echo", { word: 12 });
    await queue.runPending("echo", t.ctx, { includeDelayed: true });
    expect(await queue.findJob("echo", id as string)).toMatchObject({ state: "failed" });
    expect(calls).not.toContain(12);
    await loose.stop();
  });

  it("schedules cron jobs in UTC on start and drops schedules whose definition went away", async () => {
    await t.ctx.database.raw.query(
      "insert into pgboss.schedule (name, cron, timezone, data, options) values ('echo', '0 0 * * *', 'UTC', '{}', '{}')",
    );
    await queue.start(t.ctx);
    const { rows } = await t.ctx.database.raw.query("select name, cron, timezone from pgboss.schedule order by name");
    expect(rows).toEqual([{ name: "nightly", cron: "15 3 * * *", timezone: "UTC" }]);
  });

  it("wakes the worker on send, and stop() lets the job in hand finish", async () => {
    await queue.start(t.ctx);
    const started = Date.now();
    await queue.send("echo", { word: "right away" });
    await expect.poll(() => calls.includes("right away"), { timeout: 5000, interval: 10 }).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);

    const id = await queue.send("slow", {});
    await expect.poll(() => release !== null, { timeout: 5000, interval: 10 }).toBe(true);
    const stopping = queue.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).not.toContain("slow done");
    release?.();
    await stopping;
    expect(calls).toContain("slow done");
    expect(await queue.findJob("slow", id as string)).toMatchObject({ state: "completed" });
  });
});

describe("the job registry", () => {
  it("names every job once, with a schema that accepts the empty payload when it runs on a schedule", () => {
    const names = jobDefinitions.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const definition of jobDefinitions.filter((d) => d.cron)) {
      expect(definition.schema.safeParse({}).success, definition.name).toBe(true);
    }
  });
});
