import type { z } from "zod";
import type { AppContext } from "../context.js";

/**
 * One background job: a name, a payload schema checked on send and on receipt, an optional cron
 * schedule (the job then also runs with an empty payload `{}` on that schedule), and a handler.
 * Definitions live one per file in jobs/definitions/ and are listed in jobs/registry.ts.
 */
export interface JobDefinition<P extends object = object> {
  name: string;
  schema: z.ZodType<P>;
  /** Five-field cron expression, in UTC. */
  cron?: string;
  /** Attempts after the first failure. */
  retryLimit?: number;
  handle(ctx: AppContext, payload: P): Promise<void>;
}

export function defineJob<P extends object>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}
