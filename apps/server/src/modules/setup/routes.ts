import { CreateFirstAdminRequestSchema, SessionResponseSchema, SetupStatusResponseSchema } from "@mentalverse/shared";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { replySignedIn } from "../auth/session-cookie.js";
import { createFirstAdmin } from "./create-first-admin.js";
import { getSetupStatus } from "./get-setup-status.js";

const tags = ["setup"];

/** First-run setup: creating the first administrator with the link the server printed. */
const setupRoutes: RouteModule = (app, ctx) => {
  app.get(
    "/api/setup/status",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Whether the platform still needs its first administrator",
        response: { 200: SetupStatusResponseSchema },
      },
    },
    async () => getSetupStatus(ctx),
  );

  app.post(
    "/api/setup/first-admin",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "Create the first administrator with the one-time setup link, and sign in",
        body: CreateFirstAdminRequestSchema,
        response: { 201: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await createFirstAdmin(
        ctx,
        request.body,
        requestMetaOf(request),
        request.caller?.sessionId ?? null,
      );
      return replySignedIn(reply, ctx.config, result, 201);
    },
  );
};

export default setupRoutes;
