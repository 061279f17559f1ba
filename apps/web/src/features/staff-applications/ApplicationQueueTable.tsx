import { Anchor, Text } from "@mantine/core";
import type { MentorApplicationSummary } from "@mentalverse/shared";
import { Link } from "react-router";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge.js";
import { mentorTypeLabel } from "./labels.js";

const columns: Column<MentorApplicationSummary>[] = [
  {
    header: "Applicant",
    cell: (a) => (
      <Anchor component={Link} to={`/staff/applications/${a.id}`}>
        {a.applicantName}
      </Anchor>
    ),
  },
  { header: "Status", cell: (a) => <ApplicationStatusBadge status={a.status} /> },
  { header: "Mentor types", cell: (a) => a.mentorTypes.map(mentorTypeLabel).join(", ") },
  { header: "In this status since", cell: (a) => formatDateTime(a.statusChangedAt) },
  { header: "Applied", cell: (a) => formatDate(a.createdAt) },
];

export function ApplicationQueueTable({ applications }: { applications: MentorApplicationSummary[] }) {
  if (applications.length === 0) return <Text c="dimmed">No applications with this status.</Text>;
  return (
    <ResponsiveTable
      caption="Mentor applications, longest waiting first"
      rows={applications}
      rowKey={(a) => a.id}
      columns={columns}
      minWidth={760}
    />
  );
}
