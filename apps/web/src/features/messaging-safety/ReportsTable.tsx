import { Anchor, Text } from "@mantine/core";
import type { SafetyReportSummary } from "@mentalverse/shared";
import { Link } from "react-router";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { formatDateTime } from "../../lib/format.js";
import { REPORT_KIND_LABELS, reasonLabel } from "./labels.js";
import { ReportStatusBadge } from "./ReportStatusBadge.js";

const reporterOf = (r: SafetyReportSummary) => r.reporterName ?? "Unknown member";

const columns: Column<SafetyReportSummary>[] = [
  {
    header: "Kind",
    cell: (r) => (
      <Anchor
        component={Link}
        to={`/staff/safety/reports/${r.id}`}
        aria-label={`Open ${REPORT_KIND_LABELS[r.kind].toLowerCase()} from ${reporterOf(r)}`}
      >
        {REPORT_KIND_LABELS[r.kind]}
      </Anchor>
    ),
  },
  { header: "Reason", cell: reasonLabel },
  { header: "Status", cell: (r) => <ReportStatusBadge status={r.status} /> },
  { header: "Reporter", cell: reporterOf },
  { header: "Subject", cell: (r) => r.subjectName ?? (r.subjectId ? "Unknown member" : "None named") },
  { header: "When", cell: (r) => formatDateTime(r.createdAt) },
];

export function ReportsTable({ reports }: { reports: SafetyReportSummary[] }) {
  if (reports.length === 0) return <Text c="dimmed">No reports or alerts with this status.</Text>;
  return (
    <ResponsiveTable
      caption="Reports and alerts"
      rows={reports}
      rowKey={(r) => r.id}
      columns={columns}
      minWidth={820}
    />
  );
}
