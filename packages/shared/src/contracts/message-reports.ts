/**
 * Safety reports from messaging (issue 6): franked message reports, a member's own crisis alert, and a
 * mentor's "I'm worried" alert; the safety team's queue of them. Routes are listed in messaging.ts.
 */
import { z } from "zod";
import { base64Url, MAX_EVENT_CIPHERTEXT_BYTES } from "./messaging.js";

export const REPORT_REASONS = [
  "harassment",
  "threats",
  "self_harm_risk",
  "hate",
  "sexual_content",
  "spam",
  "other",
] as const;
export const ReportReasonSchema = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof ReportReasonSchema>;
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  harassment: "Harassment or bullying",
  threats: "Threats",
  self_harm_risk: "Someone may be at risk of harm",
  hate: "Hate",
  sexual_content: "Sexual content",
  spam: "Spam or scams",
  other: "Something else",
};

/** A message as the reporter's device reveals it: the exact committed bytes and the franking key. */
export const RevealedMessageSchema = z.strictObject({
  seq: z.number().int().min(1),
  plaintext: base64Url(MAX_EVENT_CIPHERTEXT_BYTES),
  frankingKey: base64Url(32),
});
export type RevealedMessage = z.infer<typeof RevealedMessageSchema>;
export const ReportMessagesRequestSchema = z.strictObject({
  conversationId: z.uuid(),
  reason: ReportReasonSchema,
  note: z.string().trim().max(2000).optional(),
  /** The first is the message reported; the rest is the context the reporter chose to share. */
  messages: z.array(RevealedMessageSchema).min(1).max(20),
});
export type ReportMessagesRequest = z.infer<typeof ReportMessagesRequestSchema>;
export const CrisisAlertRequestSchema = z.strictObject({
  conversationId: z.uuid().optional(),
  note: z.string().trim().max(2000).optional(),
});
export const WorriedAlertRequestSchema = z.strictObject({
  note: z.string().trim().min(1).max(2000),
  /** The last messages, revealed by the mentor's device; verified like a report. */
  messages: z.array(RevealedMessageSchema).max(20),
});
export const ReportCreatedSchema = z.object({ reportId: z.string() });

export const SafetyReportKindSchema = z.enum(["message_report", "crisis_alert", "worried_alert"]);
export type SafetyReportKind = z.infer<typeof SafetyReportKindSchema>;
export const SafetyReportStatusSchema = z.enum(["open", "assigned", "resolved"]);
export const VerifiedMessageSchema = z.object({
  seq: z.number().int(),
  senderId: z.string().nullable(),
  senderName: z.string().nullable(),
  sentAt: z.string(),
  /** The revealed text, shown to the safety team only because its franking commitment matched. */
  text: z.string(),
  verified: z.literal(true),
});
export const SafetyReportSummarySchema = z.object({
  id: z.string(),
  kind: SafetyReportKindSchema,
  status: SafetyReportStatusSchema,
  reason: ReportReasonSchema.nullable(),
  reporterId: z.string(),
  reporterName: z.string().nullable(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
  conversationId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type SafetyReportSummary = z.infer<typeof SafetyReportSummarySchema>;
export const SafetyReportListResponseSchema = z.object({ reports: z.array(SafetyReportSummarySchema) });
export const SafetyReportDetailSchema = SafetyReportSummarySchema.extend({
  note: z.string().nullable(),
  messages: z.array(VerifiedMessageSchema),
  resolutionNote: z.string().nullable(),
});
export type SafetyReportDetail = z.infer<typeof SafetyReportDetailSchema>;
