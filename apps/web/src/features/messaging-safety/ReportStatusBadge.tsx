import type { SafetyReportDetail } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { REPORT_STATUS_LABELS, REPORT_STATUS_TONES } from "./labels.js";

export function ReportStatusBadge({ status }: { status: SafetyReportDetail["status"] }) {
  return <StatusBadge tone={REPORT_STATUS_TONES[status]}>{REPORT_STATUS_LABELS[status]}</StatusBadge>;
}
