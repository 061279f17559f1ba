import { z } from "zod";
import { PageQuerySchema } from "./admin.js";
import { RiskLevelSchema } from "./screening.js";

export const SafetyCaseStatusSchema = z.enum(["open", "assigned", "resolved"]);
export type SafetyCaseStatus = z.infer<typeof SafetyCaseStatusSchema>;

export const SafetyCaseListQuerySchema = PageQuerySchema.extend({ status: SafetyCaseStatusSchema.optional() });

export const SafetyCaseSummarySchema = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string().nullable(),
  risk: RiskLevelSchema,
  status: SafetyCaseStatusSchema,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  openedAt: z.string(),
  assignedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type SafetyCaseSummary = z.infer<typeof SafetyCaseSummarySchema>;
export const SafetyCaseListResponseSchema = z.object({ cases: z.array(SafetyCaseSummarySchema), total: z.number() });

export const SafetyCaseDetailSchema = SafetyCaseSummarySchema.extend({
  resolvedById: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  screening: z.object({
    id: z.string(),
    answers: z.record(z.string(), z.boolean().nullable()),
    risk: RiskLevelSchema,
    reasons: z.array(z.string()),
    country: z.string().nullable(),
    completedAt: z.string().nullable(),
  }),
  matchingHold: z.object({ active: z.boolean(), since: z.string().nullable() }),
});
export type SafetyCaseDetail = z.infer<typeof SafetyCaseDetailSchema>;

export const AssignSafetyCaseRequestSchema = z.strictObject({ assigneeId: z.uuid().optional() });
export const ResolveSafetyCaseRequestSchema = z.strictObject({
  note: z.string().trim().min(3, "Write a short note on what was done").max(4000),
  clearMatchingHold: z.boolean(),
});

/** Clearing a hold after the case was resolved without clearing it: the note is added to the case's notes. */
export const ClearMatchingHoldRequestSchema = z.strictObject({
  note: z.string().trim().min(3, "Write a short note on why matching can resume").max(4000),
});
