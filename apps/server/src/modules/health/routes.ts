import { HealthResponseSchema } from "@mentalverse/shared";
import { sql } from "kysely";
import type { RouteModule } from "../../http/types.js";

const startedAt = Date.now();
const VERSION = process.env.npm_package_version ?? "0.1.0";

/** Liveness and database reachability, for load balancers and the README's first check. */
const healthRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: { tags: ["system"], summary: "Health of the server and its database", response: { 200: HealthResponseSchema, 503: HealthResponseSchema } },
    },
    async (_request, reply) => {
      const began = performance.now();
      const ok = await sql`select 1`
        .execute(ctx.db)
        .then(() => true)
        .catch(() => false);
      const body = {
        status: ok ? ("ok" as const) : ("degraded" as const),
        database: { ok, kind: ctx.database.kind, latencyMs: Math.round((performance.now() - began) * 100) / 100 },
        version: VERSION,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
};

export default healthRoutes;
