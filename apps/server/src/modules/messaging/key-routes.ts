import {
  AddEnvelopesRequestSchema,
  ConversationDetailSchema,
  KeyEnvelopesQuerySchema,
  KeyEnvelopesResponseSchema,
  NewKeyEpochRequestSchema,
} from "@mentalverse/shared";
import { callerOf } from "../../http/access.js";
import type { RouteModule } from "../../http/types.js";
import { addEnvelopes } from "./add-envelopes.js";
import { createKeyEpoch } from "./create-key-epoch.js";
import { listKeyEnvelopes } from "./list-key-envelopes.js";
import { ConversationParams, EpochParams, signedIn, tags } from "./params.js";

/** Conversation keys, sealed to devices and recovery keys; the server never holds one in the clear. */
const keyRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/conversations/:id/keys",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "The key epochs you may read, sealed to this device and to your recovery key",
        params: ConversationParams,
        querystring: KeyEnvelopesQuerySchema,
        response: { 200: KeyEnvelopesResponseSchema },
      },
    },
    async (request) => listKeyEnvelopes(ctx.db, callerOf(request).userId, request.params.id, request.query.deviceId),
  );

  app.post(
    "/api/conversations/:id/keys",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "A new key epoch, sealed to every member device and recovery key",
        params: ConversationParams,
        body: NewKeyEpochRequestSchema,
        response: { 201: ConversationDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createKeyEpoch(ctx, callerOf(request).userId, request.params.id, request.body)),
  );

  app.post(
    "/api/conversations/:id/keys/:epoch/envelopes",
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Seal the current key to member devices or recovery keys that lack it",
        params: EpochParams,
        body: AddEnvelopesRequestSchema,
        response: { 200: ConversationDetailSchema },
      },
    },
    async (request) =>
      addEnvelopes(ctx, callerOf(request).userId, request.params.id, request.params.epoch, request.body),
  );
};

export default keyRoutes;
