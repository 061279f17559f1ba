import { ConversationDetailSchema, ConversationListResponseSchema } from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { getConversationDetail } from "./get-conversation.js";
import { listConversations } from "./list-conversations.js";
import { ConversationParams, signedIn, tags } from "./params.js";

/** The caller's conversations, and one of them in detail. */
const conversationRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/conversations",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Your conversations (a pair conversation for each of your relationships)",
        response: { 200: ConversationListResponseSchema },
      },
    },
    async (request) => listConversations(ctx, callerOf(request).userId),
  );

  app.get(
    "/api/conversations/:id",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "A conversation: members, device keys, missing envelopes",
        params: ConversationParams,
        response: { 200: ConversationDetailSchema },
      },
    },
    async (request) => getConversationDetail(ctx, request.params.id, callerOf(request).userId),
  );
};

export default conversationRoutes;
