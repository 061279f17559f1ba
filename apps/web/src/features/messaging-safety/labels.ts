import type { SafetyReportDetail, SafetyReportKind } from "@mentalverse/shared";
import { REPORT_REASON_LABELS } from "@mentalverse/shared";
import type { Tone } from "../../components/StatusBadge.js";

type ReportStatus = SafetyReportDetail["status"];

export const REPORT_KIND_LABELS: Record<SafetyReportKind, string> = {
  message_report: "Message report",
  crisis_alert: "Crisis alert",
  worried_alert: "\u201cI\u2019m worried\u201d alert",
};

export const REPORT_STATUSES = ["open", "assigned", "resolved"] as const satisfies readonly ReportStatus[];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  open: "Open",
  assigned: "Assigned",
  resolved: "Resolved",
};
export const REPORT_STATUS_TONES: Record<ReportStatus, Tone> = { open: "bad", assigned: "info", resolved: "good" };

/** Alerts carry no reason of their own; their kind says why they came. */
export function reasonLabel(report: { kind: SafetyReportKind; reason: SafetyReportDetail["reason"] }): string {
  if (report.reason) return REPORT_REASON_LABELS[report.reason];
  if (report.kind === "crisis_alert") return "Asked for help";
  if (report.kind === "worried_alert") return "Mentor is worried";
  return "No reason given";
}
