import {
  CrisisAlertRequestSchema,
  ReportCreatedSchema,
  ReportMessagesRequestSchema,
  WorriedAlertRequestSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { registerReportQueueRoutes } from "./queue-routes.js";
import { raiseCrisisAlert } from "./raise-crisis-alert.js";
import { raiseWorriedAlert } from "./raise-worried-alert.js";
import { reportMessages } from "./report-messages.js";

const tags = ["message-safety"];
const member = { access: "signed-in" } as const;
const IdParams = z.strictObject({ id: z.uuid("Not a conversation id") });
const created = { 201: ReportCreatedSchema };

/** Franked message reports, the member's own crisis alert and a mentor's worried alert; the safety team's queue. */
const messageSafetyRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/messaging/reports",
    {
      config: member,
      schema: {
        tags,
        summary: "Report messages by revealing them; each must match its franking commitment (422 naming messages.i)",
        body: ReportMessagesRequestSchema,
        response: created,
      },
    },
    async (request, reply) => reply.code(201).send(await reportMessages(ctx, callerOf(request).userId, request.body)),
  );

  app.post(
    "/api/messaging/crisis-alerts",
    {
      config: member,
      schema: {
        tags,
        summary: "Ask the safety team for help yourself",
        body: CrisisAlertRequestSchema,
        response: created,
      },
    },
    async (request, reply) => reply.code(201).send(await raiseCrisisAlert(ctx, callerOf(request).userId, request.body)),
  );

  app.post(
    "/api/conversations/:id/worried",
    {
      config: member,
      schema: {
        tags,
        summary: "A pair's mentor asks the safety team to check on the mentee, who is told first",
        params: IdParams,
        body: WorriedAlertRequestSchema,
        response: created,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await raiseWorriedAlert(ctx, callerOf(request).userId, request.params.id, request.body)),
  );

  registerReportQueueRoutes(app, ctx);
};

export default messageSafetyRoutes;
