import {
  BlockMemberRequestSchema,
  DeclineOfferRequestSchema,
  IntroductionSchema,
  MatchOfferListResponseSchema,
  MatchOfferSchema,
  MemberBlockListResponseSchema,
  MyMatchOptionsSchema,
  RelationshipListResponseSchema,
} from "@mentalverse/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { callerOf } from "../../http/access.js";
import { requestMetaOf } from "../../http/request-meta.js";
import type { RouteModule } from "../../http/types.js";
import { acceptOffer } from "./accept-offer.js";
import { blockMember } from "./block-member.js";
import { chooseOption } from "./choose-option.js";
import { declineOffer } from "./decline-offer.js";
import { getIntroduction } from "./get-introduction.js";
import { getMyOptions } from "./get-my-options.js";
import { listBlocks } from "./list-blocks.js";
import { listMyOffers } from "./list-my-offers.js";
import { listMyRelationships } from "./list-my-relationships.js";
import reviewRoutes from "./review-routes.js";
import { unblockMember } from "./unblock-member.js";

const tags = ["matching"];
const member = { access: "signed-in" } as const;
const IdParams = z.strictObject({ id: z.uuid("Not an id") });
const MemberParams = z.strictObject({ memberId: z.uuid("Not a member id") });

const actorOf = (request: FastifyRequest) => ({ userId: callerOf(request).userId, ...requestMetaOf(request) });

/** The member's side of matching: options, offers, introductions, blocks. Reviewers' routes are in review-routes.ts. */
const matchingRoutes: RouteModule = async (app, ctx) => {
  app.get(
    "/api/matching/options",
    { config: member, schema: { tags, summary: "Your mentor options", response: { 200: MyMatchOptionsSchema } } },
    async (request) => getMyOptions(ctx.db, callerOf(request).userId),
  );

  app.post(
    "/api/matching/options/:id/choose",
    {
      config: member,
      schema: {
        tags,
        summary: "Pick one of your options (a reviewer still approves it)",
        params: IdParams,
        response: { 200: MyMatchOptionsSchema },
      },
    },
    async (request) => chooseOption(ctx, actorOf(request), request.params.id),
  );

  app.get(
    "/api/matching/offers",
    {
      config: member,
      schema: {
        tags,
        summary: "Match offers to you, as mentee or mentor",
        response: { 200: MatchOfferListResponseSchema },
      },
    },
    async (request) => listMyOffers(ctx.db, callerOf(request).userId),
  );

  app.post(
    "/api/matching/offers/:id/accept",
    {
      config: member,
      schema: { tags, summary: "Accept a match offer", params: IdParams, response: { 200: MatchOfferSchema } },
    },
    async (request) => acceptOffer(ctx, actorOf(request), request.params.id),
  );

  app.post(
    "/api/matching/offers/:id/decline",
    {
      config: member,
      schema: {
        tags,
        summary: "Decline a match offer, with a reason for the reviewers",
        params: IdParams,
        body: DeclineOfferRequestSchema,
        response: { 200: MatchOfferSchema },
      },
    },
    async (request) => declineOffer(ctx, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/matching/relationships",
    {
      config: member,
      schema: { tags, summary: "Your mentoring relationships", response: { 200: RelationshipListResponseSchema } },
    },
    async (request) => listMyRelationships(ctx.db, callerOf(request).userId),
  );

  app.get(
    "/api/matching/relationships/:id/introduction",
    {
      config: member,
      schema: {
        tags,
        summary: "The introduction to your match: shared fields, reasons, next steps",
        params: IdParams,
        response: { 200: IntroductionSchema },
      },
    },
    async (request) => getIntroduction(ctx.db, callerOf(request).userId, request.params.id),
  );

  app.get(
    "/api/matching/blocks",
    {
      config: member,
      schema: { tags, summary: "Members you blocked", response: { 200: MemberBlockListResponseSchema } },
    },
    async (request) => ({ blocks: await listBlocks(ctx.db, callerOf(request).userId) }),
  );

  app.post(
    "/api/matching/blocks",
    {
      config: member,
      schema: {
        tags,
        summary: "Block a member you were offered or matched with",
        body: BlockMemberRequestSchema,
        response: { 200: MemberBlockListResponseSchema, 201: MemberBlockListResponseSchema },
      },
    },
    async (request, reply) => {
      const { created, blocks } = await blockMember(ctx, actorOf(request), request.body.memberId);
      return reply.status(created ? 201 : 200).send({ blocks });
    },
  );

  app.delete(
    "/api/matching/blocks/:memberId",
    {
      config: member,
      schema: {
        tags,
        summary: "Lift a block (answers with the blocks left)",
        params: MemberParams,
        response: { 200: MemberBlockListResponseSchema },
      },
    },
    async (request) => {
      await unblockMember(ctx, actorOf(request), request.params.memberId);
      return { blocks: await listBlocks(ctx.db, callerOf(request).userId) };
    },
  );

  await reviewRoutes(app, ctx);
};

export default matchingRoutes;
