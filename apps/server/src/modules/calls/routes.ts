import { CallHistoryResponseSchema, IceServersResponseSchema } from "@mentalverse/shared";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { issueIceServers } from "./issue-ice-servers.js";
import { listCallsOf } from "./list-calls.js";

const tags = ["calls"];
const ConversationParams = z.strictObject({ id: z.uuid("Not a conversation id") });

/** Calls: ICE servers for the browser's RTCPeerConnection, and a pair's call history. Signalling is on the socket. */
const callRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/calls/ice-servers",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "STUN and TURN servers for a call, with a TURN credential that expires after ttlSeconds",
        response: { 200: IceServersResponseSchema },
      },
    },
    async (request, reply) => {
      // A credential is personal and short-lived: never cached by a browser or a proxy.
      reply.header("cache-control", "no-store");
      return issueIceServers(ctx.config, callerOf(request).userId, ctx.clock.now());
    },
  );

  app.get(
    "/api/conversations/:id/calls",
    {
      config: { access: "signed-in" },
      schema: {
        tags,
        summary: "The calls of a pair conversation, newest first (its two members only)",
        params: ConversationParams,
        response: { 200: CallHistoryResponseSchema },
      },
    },
    async (request) => listCallsOf(ctx, request.params.id, callerOf(request).userId),
  );
};

export default callRoutes;
