import type { FastifyBaseLogger } from "fastify";
import type PgBoss from "pg-boss";
import { z } from "zod";
import type { AppContext } from "../context.js";
import type { JobDefinition } from "./types.js";

export interface RunOptions {
  /** Also take jobs whose start time is still in the future (tests). */
  includeDelayed?: boolean;
}

/**
 * Takes one due job of `definition` and runs it: the payload is checked against the schema again
 * (it may have been queued by an older release or by pg-boss's cron), then the outcome is recorded.
 * A failure goes back to pg-boss, which retries with backoff until the definition's retry limit.
 * Returns false when nothing was due.
 */
export async function runNextJob(
  boss: PgBoss,
  definition: JobDefinition,
  ctx: AppContext,
  log: FastifyBaseLogger,
  options: RunOptions = {},
): Promise<boolean> {
  const [job] = await boss.fetch<unknown>(definition.name, {
    batchSize: 1,
    ...(options.includeDelayed ? { ignoreStartAfter: true } : {}),
  });
  if (!job) return false;
  const started = performance.now();
  const fields = { job: definition.name, jobId: job.id };
  try {
    const parsed = definition.schema.safeParse(job.data);
    if (!parsed.success) throw new Error(`invalid payload: ${z.prettifyError(parsed.error)}`);
    await withinSeconds(definition.handle(ctx, parsed.data), job.expireInSeconds);
  } catch (error) {
    log.error({ ...fields, err: error }, "job failed");
    await boss.fail(definition.name, job.id, { message: error instanceof Error ? error.message : String(error) });
    return true;
  }
  await boss.complete(definition.name, job.id);
  log.debug({ ...fields, ms: Math.round(performance.now() - started) }, "job done");
  return true;
}

/** pg-boss expires a job that runs past its expiry and retries it; stop waiting for it at the same moment. */
async function withinSeconds(work: Promise<void>, seconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`job ran longer than ${seconds} s`)), Math.max(1, seconds) * 1000);
  });
  try {
    await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export interface WorkerLoop {
  /** Looks for work now instead of at the next poll. */
  wake(): void;
  /** Finishes the job in hand, then ends the loop. */
  stop(): Promise<void>;
}

/** Runs jobs one at a time while there are any, then polls; one loop per job name. */
export function startWorkerLoop(
  next: () => Promise<boolean>,
  pollIntervalMs: number,
  log: FastifyBaseLogger,
  name: string,
): WorkerLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  // A wake-up that arrives mid-fetch must not be lost, or a fresh job would wait a whole poll.
  let woken = false;
  const wake = () => {
    woken = true;
    clearTimeout(timer);
    wakeUp?.();
  };
  const loop = (async () => {
    while (!stopped) {
      woken = false;
      let ran = false;
      try {
        ran = await next();
      } catch (error) {
        // The database may be briefly unreachable; the next poll tries again.
        log.error({ err: error, job: name }, "job worker could not fetch or record a job");
      }
      if (ran || woken || stopped) continue;
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
        timer = setTimeout(resolve, pollIntervalMs);
      });
      wakeUp = undefined;
    }
  })();
  return {
    wake,
    stop: async () => {
      stopped = true;
      wake();
      await loop;
    },
  };
}
