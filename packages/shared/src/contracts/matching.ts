import { z } from "zod";
import { MatchingCriterionSchema, MatchingDimensionSchema } from "../vocabulary/matching-criteria.js";
import { RelationshipPhaseSchema } from "../vocabulary/relationship-phases.js";
import { PageQuerySchema } from "./admin.js";
import { MatchProfileSchema } from "./profiles.js";

const Reason = z.string().trim().min(3, "Say why, in a few words").max(1000);

// Match runs: a reviewer's batch over everyone waiting, or one newly cleared mentee.
export const MatchRunKindSchema = z.enum(["batch", "single"]);
export const MatchRunStatusSchema = z.enum(["queued", "running", "completed", "failed"]);
export const MatchRunStatsSchema = z.object({
  menteesConsidered: z.number(),
  menteesCleared: z.number(),
  mentorsAvailable: z.number(),
  proposals: z.number(),
  unmatched: z.number(),
  objective: z.number(),
  durationMs: z.number(),
});
export type MatchRunStats = z.infer<typeof MatchRunStatsSchema>;
export const MatchRunSchema = z.object({
  id: z.string(),
  kind: MatchRunKindSchema,
  status: MatchRunStatusSchema,
  startedById: z.string().nullable(),
  startedByName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  stats: MatchRunStatsSchema.nullable(),
  error: z.string().nullable(),
});
export type MatchRun = z.infer<typeof MatchRunSchema>;
export const MatchRunListQuerySchema = PageQuerySchema.extend({ kind: MatchRunKindSchema.optional() });
export const MatchRunListResponseSchema = z.object({ runs: z.array(MatchRunSchema), total: z.number() });

/** Why a pair scored as it did: the total, each dimension and each criterion, and reasons in plain words. */
export const MatchBreakdownSchema = z.object({
  total: z.number(),
  ruleTotal: z.number(),
  dimensions: z.record(MatchingDimensionSchema, z.number()),
  criteria: z.array(
    z.object({
      criterion: MatchingCriterionSchema,
      dimension: MatchingDimensionSchema,
      score: z.number(),
      weight: z.number(),
    }),
  ),
  reasons: z.array(z.string()),
  sharedHoursPerWeek: z.number(),
});
export type MatchBreakdown = z.infer<typeof MatchBreakdownSchema>;

export const MatchProposalStatusSchema = z.enum(["in_review", "offered", "matched", "closed"]);
export type MatchProposalStatus = z.infer<typeof MatchProposalStatusSchema>;
export const MatchOptionStatusSchema = z.enum(["open", "offered", "accepted", "rejected", "declined", "expired"]);
export const MatchOfferStatusSchema = z.enum(["pending", "accepted", "declined", "expired"]);

const Person = z.object({ id: z.string(), displayName: z.string() });

/** The reviewer's view of one proposed match: every option with its breakdown. */
export const MatchProposalSchema = z.object({
  id: z.string(),
  runId: z.string(),
  status: MatchProposalStatusSchema,
  createdAt: z.string(),
  mentee: Person,
  flagged: z.boolean(),
  flagReason: z.string().nullable(),
  chosenOptionId: z.string().nullable(),
  /** What approval would offer: the mentee's choice, else the best open option. */
  selectedOptionId: z.string().nullable(),
  options: z.array(
    z.object({
      id: z.string(),
      rank: z.number(),
      source: z.enum(["algorithm", "override"]),
      status: MatchOptionStatusSchema,
      mentor: Person,
      breakdown: MatchBreakdownSchema,
      /** For staff: why the option was overridden, rejected, declined or passed on. */
      decisionReason: z.string().nullable(),
    }),
  ),
  offer: z
    .object({ id: z.string(), status: MatchOfferStatusSchema, mentorId: z.string(), expiresAt: z.string() })
    .nullable(),
});
export type MatchProposal = z.infer<typeof MatchProposalSchema>;
export const ReviewQueueQuerySchema = PageQuerySchema.extend({ flagged: z.enum(["true", "false"]).optional() });
export const ReviewQueueResponseSchema = z.object({ proposals: z.array(MatchProposalSchema), total: z.number() });

export const ApproveProposalRequestSchema = z.strictObject({ optionId: z.uuid("Not an option id").optional() });
export const RejectProposalRequestSchema = z.strictObject({ reason: Reason });
export const OverrideProposalRequestSchema = z.strictObject({ mentorId: z.uuid("Not a member id"), reason: Reason });
export const FlagProposalRequestSchema = z.strictObject({ reason: Reason });

/** The mentee's view: up to three mentors, each with reasons and only what that mentor shares. */
export const MyMatchOptionsSchema = z.object({
  proposal: z
    .object({
      id: z.string(),
      status: MatchProposalStatusSchema,
      createdAt: z.string(),
      chosenOptionId: z.string().nullable(),
      options: z.array(
        z.object({ id: z.string(), rank: z.number(), reasons: z.array(z.string()), mentor: MatchProfileSchema }),
      ),
    })
    .nullable(),
});
export type MyMatchOptions = z.infer<typeof MyMatchOptionsSchema>;

export const MatchRoleSchema = z.enum(["mentee", "mentor"]);
export const MatchOfferSchema = z.object({
  id: z.string(),
  role: MatchRoleSchema,
  status: MatchOfferStatusSchema,
  peer: MatchProfileSchema,
  /** The other person's member id, so the member can block them (POST /api/matching/blocks). */
  peerId: z.string(),
  reasons: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string(),
  yourResponse: z.enum(["accepted", "declined"]).nullable(),
  relationshipId: z.string().nullable(),
});
export type MatchOffer = z.infer<typeof MatchOfferSchema>;
export const MatchOfferListResponseSchema = z.object({ offers: z.array(MatchOfferSchema) });
export const DeclineOfferRequestSchema = z.strictObject({ reason: Reason });

export const RelationshipSummarySchema = z.object({
  id: z.string(),
  role: MatchRoleSchema,
  peerName: z.string(),
  status: z.string(),
  phase: RelationshipPhaseSchema,
  startedAt: z.string(),
});
export const RelationshipListResponseSchema = z.object({ relationships: z.array(RelationshipSummarySchema) });

/** What both people see when a match starts: names, shared profile fields, why they were matched, what next. */
export const IntroductionSchema = z.object({
  relationshipId: z.string(),
  startedAt: z.string(),
  yourRole: MatchRoleSchema,
  mentee: MatchProfileSchema,
  mentor: MatchProfileSchema,
  reasons: z.array(z.string()),
  nextSteps: z.array(z.string()),
});
export type Introduction = z.infer<typeof IntroductionSchema>;

export const BlockMemberRequestSchema = z.strictObject({ memberId: z.uuid("Not a member id") });
export const MemberBlockSchema = z.object({ memberId: z.string(), displayName: z.string(), createdAt: z.string() });
export const MemberBlockListResponseSchema = z.object({ blocks: z.array(MemberBlockSchema) });

/** Staff let a pair whose earlier match ended be matched again. */
export const AllowRematchRequestSchema = z.strictObject({
  menteeId: z.uuid("Not a member id"),
  mentorId: z.uuid("Not a member id"),
  reason: Reason,
});
export const RematchAllowanceSchema = z.object({
  menteeId: z.string(),
  mentorId: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
