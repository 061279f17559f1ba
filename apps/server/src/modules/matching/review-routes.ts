import {
  AllowRematchRequestSchema,
  ApproveProposalRequestSchema,
  FlagProposalRequestSchema,
  MatchProposalSchema,
  MatchRunListQuerySchema,
  MatchRunListResponseSchema,
  MatchRunSchema,
  OverrideCandidatesResponseSchema,
  OverrideProposalRequestSchema,
  RejectProposalRequestSchema,
  RematchAllowanceSchema,
  ReviewQueueQuerySchema,
  ReviewQueueResponseSchema,
} from "@mentalverse/shared";
import { z } from "zod";
import type { RouteModule } from "../../http/types.js";
import { staffActorOf } from "../admin/staff-actor.js";
import { allowRematch } from "./allow-rematch.js";
import { approveProposal } from "./approve-proposal.js";
import { flagProposal } from "./flag-proposal.js";
import { getProposal, listReviewQueue } from "./get-proposal.js";
import { getMatchRun, listMatchRuns } from "./list-match-runs.js";
import { listOverrideCandidates } from "./list-override-candidates.js";
import { overrideProposal } from "./override-proposal.js";
import { rejectProposal } from "./reject-proposal.js";
import { startMatchRun } from "./start-match-run.js";

const tags = ["matching-review"];
const reviewers = { access: { roles: ["match_reviewer", "admin"] } } as const;
const IdParams = z.strictObject({ id: z.uuid("Not an id") });

/** Match reviewers: batch runs, the review queue and its decisions (all audited). */
const reviewRoutes: RouteModule = (app, ctx) => {
  app.post(
    "/api/matching/runs",
    {
      config: reviewers,
      schema: { tags, summary: "Start a batch match run over everyone waiting", response: { 202: MatchRunSchema } },
    },
    async (request, reply) => reply.status(202).send(await startMatchRun(ctx, staffActorOf(request))),
  );

  app.get(
    "/api/matching/runs",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Match runs, newest first, with status and counts",
        querystring: MatchRunListQuerySchema,
        response: { 200: MatchRunListResponseSchema },
      },
    },
    async (request) => listMatchRuns(ctx.db, request.query),
  );

  app.get(
    "/api/matching/runs/:id",
    {
      config: reviewers,
      schema: { tags, summary: "One match run", params: IdParams, response: { 200: MatchRunSchema } },
    },
    async (request) => getMatchRun(ctx.db, request.params.id),
  );

  app.get(
    "/api/matching/review",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Proposed matches awaiting review, flagged first, with score breakdowns",
        querystring: ReviewQueueQuerySchema,
        response: { 200: ReviewQueueResponseSchema },
      },
    },
    async (request) => listReviewQueue(ctx.db, request.query),
  );

  app.get(
    "/api/matching/proposals/:id",
    {
      config: reviewers,
      schema: { tags, summary: "One proposed match", params: IdParams, response: { 200: MatchProposalSchema } },
    },
    async (request) => getProposal(ctx.db, request.params.id),
  );

  app.get(
    "/api/matching/proposals/:id/candidates",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Mentors a reviewer may override to: each passes every hard constraint now",
        params: IdParams,
        response: { 200: OverrideCandidatesResponseSchema },
      },
    },
    async (request) => listOverrideCandidates(ctx, request.params.id),
  );

  app.post(
    "/api/matching/proposals/:id/approve",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Approve the proposed match (or a named open option) and send the offer",
        params: IdParams,
        body: ApproveProposalRequestSchema,
        response: { 200: MatchProposalSchema },
      },
    },
    async (request) => approveProposal(ctx, staffActorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/matching/proposals/:id/reject",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Reject the proposed match with a reason; the next option comes up",
        params: IdParams,
        body: RejectProposalRequestSchema,
        response: { 200: MatchProposalSchema },
      },
    },
    async (request) => rejectProposal(ctx, staffActorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/matching/proposals/:id/override",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Offer another mentor instead, with a reason (must pass the hard constraints)",
        params: IdParams,
        body: OverrideProposalRequestSchema,
        response: { 200: MatchProposalSchema },
      },
    },
    async (request) => overrideProposal(ctx, staffActorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/matching/proposals/:id/flag",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Flag for special consideration, with a reason (stays in the queue)",
        params: IdParams,
        body: FlagProposalRequestSchema,
        response: { 200: MatchProposalSchema },
      },
    },
    async (request) => flagProposal(ctx, staffActorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/matching/rematch-allowances",
    {
      config: reviewers,
      schema: {
        tags,
        summary: "Allow a pair whose earlier match ended to be matched again, with a reason",
        body: AllowRematchRequestSchema,
        response: { 200: RematchAllowanceSchema },
      },
    },
    async (request) => allowRematch(ctx, staffActorOf(request), request.body),
  );
};

export default reviewRoutes;
