import {
  CrisisAlertRequestSchema,
  ReportCreatedSchema,
  ReportMessagesRequestSchema,
  WorriedAlertRequestSchema,
} from "@mentalverse/shared";
import type { FastifyReply } from "fastify";
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
/** 201 for a new queue item; 200 with the same id when it repeats one still open (the client treats both as sent). */
const created = { 200: ReportCreatedSchema, 201: ReportCreatedSchema };
const answer = (reply: FastifyReply, r: { reportId: string; repeated: boolean }) =>
  reply.code(r.repeated ? 200 : 201).send({ reportId: r.reportId });

/** Franked message reports, the member's own crisis alert and a mentor's worried alert; the safety team's queue. */
const messageSafetyRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/messaging/reports",
    {
      config: member,
      schema: {
        tags,
        summary:
          "Report messages by revealing them; each must match its franking commitment (422 naming messages.i); " +
          "200 with the open report when it repeats one; 429 past the member's allowance of new reports",
        body: ReportMessagesRequestSchema,
        response: created,
      },
    },
    async (request, reply) => answer(reply, await reportMessages(ctx, callerOf(request).userId, request.body)),
  );

  app.post(
    "/api/messaging/crisis-alerts",
    {
      config: member,
      schema: {
        tags,
        summary:
          "Ask the safety team for help yourself; never refused for repeats: 200 with the open alert within 15 minutes",
        body: CrisisAlertRequestSchema,
        response: created,
      },
    },
    async (request, reply) => answer(reply, await raiseCrisisAlert(ctx, callerOf(request).userId, request.body)),
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
      answer(reply, await raiseWorriedAlert(ctx, callerOf(request).userId, request.params.id, request.body)),
  );

  registerReportQueueRoutes(app, ctx);
};

export default messageSafetyRoutes;
