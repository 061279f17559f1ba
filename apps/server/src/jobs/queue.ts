import type { FastifyBaseLogger } from "fastify";
import PgBoss from "pg-boss";
import { z } from "zod";
import type { Config } from "../config/config.js";
import type { AppContext, JobQueue, JobSendOptions } from "../context.js";
import type { DatabaseHandle } from "../db/database.js";
import type { Clock } from "../lib/clock.js";
import { bossConnection } from "./boss-connection.js";
import { type RunOptions, runNextJob, startWorkerLoop, type WorkerLoop } from "./job-runner.js";
import { jobDefinitions } from "./registry.js";
import type { JobDefinition } from "./types.js";

export interface JobQueueDeps {
  database: DatabaseHandle;
  config: Config;
  log: FastifyBaseLogger;
  clock: Clock;
  /** The jobs this queue accepts and runs; the registry unless a test brings its own. */
  definitions?: readonly JobDefinition[];
  /** How often an idle worker asks for work (default 2 s); a send in this process wakes it at once. */
  pollIntervalMs?: number;
}

export interface JobSnapshot {
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  data: unknown;
  retryCount: number;
}

export interface JobQueueRunner extends JobQueue {
  /** Starts a worker per definition, the cron schedules and pg-boss's maintenance (processes with JOBS=true). */
  start(ctx: AppContext): Promise<void>;
  /** Lets jobs in hand finish, then stops; the database stays open. */
  stop(): Promise<void>;
  /** Runs every due job of `name` here and now, one by one; returns how many ran. For tests and tools. */
  runPending(name: string, ctx: AppContext, options?: RunOptions): Promise<number>;
  /** A job's state, including archived jobs; null when unknown. */
  findJob(name: string, id: string): Promise<JobSnapshot | null>;
}

const RETRY_DELAY_SECONDS = 10;
const DEFAULT_RETRY_LIMIT = 3;
const STOP_TIMEOUT_MS = 15_000;

/**
 * The job queue on pg-boss, in the application's own database. Sending works from any process,
 * before or without `start()`: the first send installs pg-boss's schema and the queues. Only a
 * started process runs jobs, fires cron schedules and does pg-boss's housekeeping.
 */
export function createJobQueue(deps: JobQueueDeps): JobQueueRunner {
  const { database, config, log } = deps;
  const definitions = deps.definitions ?? jobDefinitions;
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const pollIntervalMs = deps.pollIntervalMs ?? 2000;
  const connection = bossConnection(database, config, 3);
  let client: Promise<PgBoss> | null = null;
  let starting: Promise<void> | null = null;
  let keeper: PgBoss | null = null;
  const loops = new Map<string, WorkerLoop>();

  const newBoss = (role: "client" | "keeper") => {
    const boss = new PgBoss({ ...connection.options, supervise: role === "keeper", schedule: role === "keeper" });
    boss.on("error", (error) => log.error({ err: error, role }, "job queue error"));
    return boss;
  };

  const openClient = async () => {
    const boss = newBoss("client");
    await boss.start();
    for (const definition of definitions) {
      const options = {
        name: definition.name,
        retryLimit: definition.retryLimit ?? DEFAULT_RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        retryBackoff: true,
      };
      await boss.createQueue(definition.name, options);
      // createQueue leaves an existing queue alone; this applies a changed retry limit.
      await boss.updateQueue(definition.name, options);
    }
    return boss;
  };

  const ready = (): Promise<PgBoss> => {
    client ??= openClient().catch((error) => {
      client = null;
      throw error;
    });
    return client;
  };

  const definitionOf = (name: string): JobDefinition => {
    const definition = byName.get(name);
    if (!definition) throw new Error(`Unknown job "${name}": add its definition to jobs/registry.ts`);
    return definition;
  };

  const syncSchedules = async (boss: PgBoss) => {
    const scheduled = definitions.filter((d) => d.cron);
    for (const definition of scheduled) {
      await boss.schedule(definition.name, definition.cron as string, {}, { tz: "UTC" });
    }
    for (const existing of await boss.getSchedules()) {
      if (!scheduled.some((d) => d.name === existing.name)) await boss.unschedule(existing.name);
    }
  };

  const startWorkers = async (ctx: AppContext) => {
    const boss = await ready();
    keeper = newBoss("keeper");
    await keeper.start();
    await syncSchedules(boss);
    for (const definition of definitions) {
      const next = () => runNextJob(boss, definition, ctx, log);
      loops.set(definition.name, startWorkerLoop(next, pollIntervalMs, log, definition.name));
    }
    log.info({ jobs: definitions.map((d) => d.name) }, "job workers started");
  };

  return {
    async send(name: string, payload: object, options: JobSendOptions = {}) {
      const definition = definitionOf(name);
      const parsed = definition.schema.safeParse(payload);
      if (!parsed.success) throw new Error(`Invalid payload for job "${name}": ${z.prettifyError(parsed.error)}`);
      const boss = await ready();
      const id = await boss.send(name, parsed.data, {
        ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      });
      if (id && !options.startAfterSeconds) loops.get(name)?.wake();
      return id;
    },

    start(ctx: AppContext) {
      starting ??= startWorkers(ctx).catch((error) => {
        starting = null;
        throw error;
      });
      return starting;
    },

    async stop() {
      await starting?.catch(() => {});
      const stopping = Promise.all([...loops.values()].map((loop) => loop.stop()));
      loops.clear();
      const finished = await Promise.race([stopping.then(() => true), delay(STOP_TIMEOUT_MS).then(() => false)]);
      if (!finished) log.warn("jobs still running after 15 s; pg-boss will retry them once they expire");
      const [k, c] = [keeper, client];
      keeper = null;
      client = null;
      starting = null;
      await k?.stop({ graceful: true, timeout: 5000 });
      const boss = await c?.catch(() => null);
      await boss?.stop({ graceful: true, timeout: 5000 });
      await connection.drain(2000);
    },

    async runPending(name: string, ctx: AppContext, options: RunOptions = {}) {
      const definition = definitionOf(name);
      const boss = await ready();
      let ran = 0;
      while (await runNextJob(boss, definition, ctx, log, options)) ran++;
      return ran;
    },

    async findJob(name: string, id: string) {
      const boss = await ready();
      const job = await boss.getJobById(name, id, { includeArchive: true });
      return job ? { state: job.state, data: job.data, retryCount: job.retryCount } : null;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
