import {
  EventPageQuerySchema,
  EventPageSchema,
  MarkConversationReadRequestSchema,
  OkResponseSchema,
  SendEventRequestSchema,
  SendEventResultSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { listEvents } from "./list-events.js";
import { markRead } from "./mark-read.js";
import { ConversationParams, signedIn, tags } from "./params.js";
import { checkReadRate, checkSendRate } from "./rate-limits.js";
import { sendEvent } from "./send-event.js";

/** The conversation's log: pages of it, sending to it (as the socket does), read receipts. */
const eventRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/conversations/:id/events",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "A page of events: after= to catch up, before= for older history",
        params: ConversationParams,
        querystring: EventPageQuerySchema,
        response: { 200: EventPageSchema },
      },
    },
    async (request) => listEvents(ctx.db, callerOf(request).userId, request.params.id, request.query),
  );

  app.post(
    "/api/conversations/:id/events",
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          "Send a message, edit, reaction or delete (201; 200 with the stored event on a retry; 429 over the member's rate; 503 busy, retry)",
        params: ConversationParams,
        body: SendEventRequestSchema,
        response: { 200: SendEventResultSchema, 201: SendEventResultSchema },
      },
    },
    async (request, reply) => {
      checkSendRate(ctx, callerOf(request).userId);
      const { event, created } = await sendEvent(ctx, callerOf(request).userId, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send({ event });
    },
  );

  app.post(
    "/api/conversations/:id/read",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "You have read up to this number",
        params: ConversationParams,
        body: MarkConversationReadRequestSchema,
        response: { 200: OkResponseSchema },
      },
    },
    async (request) => {
      checkReadRate(ctx, callerOf(request).userId);
      return markRead(ctx, callerOf(request).userId, request.params.id, request.body.seq);
    },
  );
};

export default eventRoutes;
