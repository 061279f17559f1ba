import { Anchor, Code, Text } from "@mantine/core";
import type { AuditEvent } from "@mentalverse/shared";
import { Link } from "react-router";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { formatDateTime } from "../../lib/format.js";

function Person({ id, name }: { id: string | null; name: string | null }) {
  if (!id) return <Text size="sm">{name ?? "System"}</Text>;
  return (
    <Anchor component={Link} to={`/admin/users/${id}`} size="sm">
      {name ?? "Deleted member"}
    </Anchor>
  );
}

function Details({ details }: { details: Record<string, unknown> }) {
  if (Object.keys(details).length === 0) return <Text size="sm">—</Text>;
  return (
    <details>
      <summary style={{ cursor: "pointer" }}>Show details</summary>
      <Code block className="wrap" mt={4}>
        {JSON.stringify(details, null, 2)}
      </Code>
    </details>
  );
}

const columns: Column<AuditEvent>[] = [
  { header: "When", cell: (event) => formatDateTime(event.at) },
  { header: "Action", cell: (event) => <Code>{event.action}</Code> },
  { header: "By", cell: (event) => <Person id={event.actorId} name={event.actorName} /> },
  {
    header: "About",
    cell: (event) => (event.subjectId ? <Person id={event.subjectId} name={event.subjectName} /> : "—"),
  },
  { header: "IP address", cell: (event) => event.ip ?? "—" },
  { header: "Details", cell: (event) => <Details details={event.details} /> },
];

export function AuditTable({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <Text c="dimmed">No audit events match these filters.</Text>;
  return (
    <ResponsiveTable
      caption="Audit events, newest first"
      rows={events}
      rowKey={(event) => event.id}
      columns={columns}
      cardTitle={(event) => `${event.action} · ${formatDateTime(event.at)}`}
      minWidth={900}
    />
  );
}
