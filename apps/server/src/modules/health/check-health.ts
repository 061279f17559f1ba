import type { HealthResponse } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { pingDatabase } from "./health-repository.js";

const startedAt = Date.now();
const VERSION = process.env.npm_package_version ?? "0.1.0";

/** Whether this process and its database can serve; degraded when the database does not answer. */
export async function checkHealth(ctx: AppContext): Promise<HealthResponse> {
  const began = performance.now();
  const ok = await pingDatabase(ctx.db);
  return {
    status: ok ? "ok" : "degraded",
    database: { ok, kind: ctx.database.kind, latencyMs: Math.round((performance.now() - began) * 100) / 100 },
    version: VERSION,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}
