import { Anchor, Text } from "@mantine/core";
import type { SafetyCaseSummary } from "@mentalverse/shared";
import { Link } from "react-router";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { formatDateTime } from "../../lib/format.js";
import { CaseStatusBadge, RiskBadge } from "./RiskBadge.js";

const memberOf = (c: SafetyCaseSummary) => c.memberName ?? "Unknown member";

const columns: Column<SafetyCaseSummary>[] = [
  {
    header: "Member",
    cell: (c) => (
      <Anchor component={Link} to={`/staff/safety/${c.id}`} aria-label={`Open case for ${memberOf(c)}`}>
        {memberOf(c)}
      </Anchor>
    ),
  },
  { header: "Risk", cell: (c) => <RiskBadge risk={c.risk} /> },
  { header: "Status", cell: (c) => <CaseStatusBadge status={c.status} /> },
  { header: "Opened", cell: (c) => formatDateTime(c.openedAt) },
  { header: "Assigned to", cell: (c) => c.assigneeName ?? "Nobody yet" },
  { header: "Resolved", cell: (c) => formatDateTime(c.resolvedAt) },
];

export function SafetyCaseTable({ cases }: { cases: SafetyCaseSummary[] }) {
  if (cases.length === 0) return <Text c="dimmed">No cases with this status.</Text>;
  return (
    <ResponsiveTable
      caption="Safety cases, highest risk first, then oldest"
      rows={cases}
      rowKey={(c) => c.id}
      columns={columns}
      minWidth={820}
    />
  );
}
