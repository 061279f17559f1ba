import type { SafetyReportDetail, SafetyReportSummary } from "@mentalverse/shared";
import type { NamedReportRow } from "./reports-repository.js";
import type { VerifiedMessage } from "./verify-revealed.js";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentReport(row: NamedReportRow): SafetyReportSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    reason: (row.reason as SafetyReportSummary["reason"]) ?? null,
    reporterId: row.reporter_id,
    reporterName: row.reporter_name,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    conversationId: row.conversation_id,
    assigneeId: row.assignee_id,
    createdAt: row.created_at.toISOString(),
    resolvedAt: iso(row.resolved_at),
  };
}

/** The report with the messages as verified when it was made (stored only after their franking check passed). */
export function presentReportDetail(row: NamedReportRow): SafetyReportDetail {
  const messages = row.messages as unknown as VerifiedMessage[];
  return {
    ...presentReport(row),
    note: row.note,
    messages: messages.map((m) => ({ ...m, verified: true as const })),
    resolutionNote: row.resolution_note,
  };
}
