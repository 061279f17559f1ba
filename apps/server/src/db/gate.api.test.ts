import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { freshDatabase } from "../../test/database.js";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { loadConfig } from "../config/config.js";
import { createJobQueue, type JobQueueRunner } from "../jobs/queue.js";
import { defineJob } from "../jobs/types.js";

const onPGlite = !process.env.TEST_DATABASE_URL;
const silent = pino({ level: "silent" });

/** Settles the event loop a few times, so anything able to run has run. */
async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function eventually(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the database gate and the job queue on one connection", () => {
  let t: TestApp;
  let queue: JobQueueRunner;
  const handled: number[] = [];
  const probe = defineJob({
    name: "gate-probe",
    schema: z.object({ n: z.number().int() }),
    async handle(_ctx, payload) {
      handled.push(payload.n);
    },
  });

  beforeAll(async () => {
    t = await createTestApp();
    queue = createJobQueue({
      database: t.ctx.database,
      config: t.ctx.config,
      log: silent,
      clock: t.clock,
      definitions: [probe],
    });
    await sql`create table gate_probe (n integer not null)`.execute(t.ctx.db);
  });
  afterAll(async () => {
    await queue?.stop();
    await t?.close();
  });

  const probeRows = async (n: number) => {
    const { rows } = await sql<{ c: number }>`select count(*)::int as c from gate_probe where n = ${n}`.execute(
      t.ctx.db,
    );
    return rows[0]?.c ?? -1;
  };

  it("makes a raw query wait while a Kysely transaction is open, so it cannot run inside it", async () => {
    const entered = deferred();
    const release = deferred();
    const transaction = t.ctx.database.transaction(async (trx) => {
      await sql`insert into gate_probe (n) values (1)`.execute(trx);
      entered.resolve();
      await release.promise;
    });
    await entered.promise;
    let seen: unknown[] | null = null;
    const raw = t.ctx.database.raw.query("select count(*)::int as c from gate_probe where n = 1").then((r) => {
      seen = r.rows;
    });
    await turns();
    if (onPGlite) {
      // Without the gate PGlite would have answered from inside the open transaction: c = 1 already.
      expect(seen).toBeNull();
      expect(t.ctx.database.gate?.queued).toBe(1);
    } else {
      // Separate connections on PostgreSQL: the raw query answers at once and cannot see the uncommitted row.
      await raw;
      expect(seen).toEqual([{ c: 0 }]);
    }
    release.resolve();
    await transaction;
    await raw;
    if (onPGlite) expect(seen).toEqual([{ c: 1 }]);
  });

  it("keeps a job enqueued while another caller's transaction is open, when that transaction rolls back", async () => {
    await queue.send("gate-probe", { n: 0 }); // installs pg-boss's schema first, so only the insert is under test
    const entered = deferred();
    const release = deferred();
    const transaction = t.ctx.database.transaction(async (trx) => {
      await sql`insert into gate_probe (n) values (2)`.execute(trx);
      entered.resolve();
      await release.promise;
      throw new Error("rolled back on purpose");
    });
    await entered.promise;
    const sending = queue.send("gate-probe", { n: 42 });
    await turns();
    release.resolve();
    await expect(transaction).rejects.toThrow("rolled back on purpose");
    const id = await sending;
    expect(id).toEqual(expect.any(String));
    expect(await probeRows(2)).toBe(0);
    expect(await queue.findJob("gate-probe", id as string)).toMatchObject({ state: "created", data: { n: 42 } });
  });

  it.runIf(onPGlite)("throws instead of deadlocking when code inside a transaction re-enters the gate", async () => {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("deadlocked")), 5000));
    const viaKysely = t.ctx.database.transaction(async () => {
      await t.ctx.db.selectFrom("users").select("id").execute();
    });
    await expect(Promise.race([viaKysely, timeout])).rejects.toThrow(/re-entered/);
    const viaQueue = t.ctx.database.transaction(async () => {
      await queue.send("gate-probe", { n: 7 });
    });
    await expect(Promise.race([viaQueue, timeout])).rejects.toThrow(/re-entered/);
    // The failed transactions released the gate.
    expect(await probeRows(1)).toBe(1);
    expect(t.ctx.database.gate?.queued).toBe(0);
  });

  it("runs a sent job end to end through pg-boss and a worker", async () => {
    await queue.start(t.ctx);
    const id = await queue.send("gate-probe", { n: 99 });
    await eventually(() => handled.includes(99));
    await eventually(async () => (await queue.findJob("gate-probe", id as string))?.state === "completed");
    // The jobs sent before the workers started ran too.
    expect(handled).toEqual(expect.arrayContaining([0, 42, 99]));
  });
});

describe.runIf(!onPGlite)("the job queue with its own pool (DATABASE_URL)", () => {
  it("runs a sent job end to end", async () => {
    const t = await createTestApp();
    const { handle, url, drop } = await freshDatabase();
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: url as string });
    const seen: string[] = [];
    const job = defineJob({
      name: "pool-probe",
      schema: z.object({ word: z.string() }),
      async handle(_ctx, payload) {
        seen.push(payload.word);
      },
    });
    const queue = createJobQueue({ database: handle, config, log: silent, clock: t.clock, definitions: [job] });
    try {
      await queue.start(t.ctx);
      const id = await queue.send("pool-probe", { word: "hello" });
      await eventually(() => seen.includes("hello"));
      await eventually(async () => (await queue.findJob("pool-probe", id as string))?.state === "completed");
      const { rows } = await handle.raw.query("select count(*)::int as c from pgboss.job where name = 'pool-probe'");
      expect(rows).toEqual([{ c: 1 }]);
    } finally {
      await queue.stop();
      await drop();
      await t.close();
    }
  });
});
