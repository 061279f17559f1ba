import { HealthResponseSchema } from "@mentalverse/shared";
import type { RouteModule } from "../../http/types.js";
import { checkHealth } from "./check-health.js";

/** Liveness and database reachability, for load balancers and the README's first check. */
const healthRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["system"],
        summary: "Health of the server and its database",
        response: { 200: HealthResponseSchema, 503: HealthResponseSchema },
      },
    },
    async (_request, reply) => {
      const health = await checkHealth(ctx);
      return reply.status(health.status === "ok" ? 200 : 503).send(health);
    },
  );
};

export default healthRoutes;
