import { Card, SimpleGrid, Text } from "@mantine/core";
import type { SafetyReportDetail } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { formatDateTime } from "../../lib/format.js";
import { REPORT_KIND_LABELS, reasonLabel } from "./labels.js";
import { ReportStatusBadge } from "./ReportStatusBadge.js";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Who reported whom, why and when, with the reporter's own note. */
export function ReportOverview({ report, myId }: { report: SafetyReportDetail; myId: string }) {
  const assignee =
    report.assigneeId === null ? "Nobody yet" : report.assigneeId === myId ? "You" : "Another team member";
  return (
    <Card withBorder padding="lg" component="section" aria-label="About this report">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        <Item label="Kind">{REPORT_KIND_LABELS[report.kind]}</Item>
        <Item label="Reason">{reasonLabel(report)}</Item>
        <Item label="Status">
          <ReportStatusBadge status={report.status} />
        </Item>
        <Item label="Assigned to">{assignee}</Item>
        <Item label="Reporter">{report.reporterName ?? "Unknown member"}</Item>
        <Item label="Subject">{report.subjectName ?? (report.subjectId ? "Unknown member" : "None named")}</Item>
        <Item label="Received">{formatDateTime(report.createdAt)}</Item>
        <Item label="Resolved">{formatDateTime(report.resolvedAt)}</Item>
      </SimpleGrid>
      <Text fw={600} mt="md" size="sm">
        Note from the {report.kind === "worried_alert" ? "mentor" : "member"}
      </Text>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} c={report.note ? undefined : "dimmed"}>
        {report.note ?? "No note."}
      </Text>
    </Card>
  );
}
