import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import type { App } from "./types.js";

/** OpenAPI generated from the same zod schemas that validate each route. */
export async function installOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "MentalVerse Peer Mentorship API",
        description:
          "Peer support, not therapy or crisis care. State-changing requests need the x-csrf-token header echoing the mv_csrf cookie.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "mv_session" } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () => app.swagger());
}
