import { Text } from "@mantine/core";
import type { SupervisedRelationshipSchema } from "@mentalverse/shared";
import type { z } from "zod";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate } from "../../lib/format.js";
import { closeReasonLabel, phaseName, STATE_LABELS, STATE_TONES } from "./labels.js";
import { StaffActions } from "./StaffActions.js";
import { isStuck, STUCK_DAYS } from "./stuck.js";

type Row = z.infer<typeof SupervisedRelationshipSchema>;

function Fit({ row }: { row: Row }) {
  if (row.fitScore === null)
    return (
      <Text span size="sm">
        Not assessed yet
      </Text>
    );
  return (
    <Text span size="sm">
      {row.fitScore.toFixed(1)} of 5{row.lowFit ? ", low fit" : ""}
    </Text>
  );
}

/** One row per relationship of a supervised mentor; a stuck pair says so in words, not just colour. */
export function SupervisedTable({ rows, now = new Date() }: { rows: Row[]; now?: Date }) {
  const columns: Column<Row>[] = [
    { header: "Pair", cell: (row) => `${row.mentor.displayName} mentoring ${row.mentee.displayName}` },
    {
      header: "State",
      cell: (row) => (
        <>
          <StatusBadge tone={STATE_TONES[row.status]}>{STATE_LABELS[row.status]}</StatusBadge>
          {row.closeReason ? <Text size="xs">{closeReasonLabel(row.closeReason)}</Text> : null}
        </>
      ),
    },
    { header: "Phase", cell: (row) => phaseName(row.phase) },
    { header: "Started", cell: (row) => formatDate(row.startedAt) },
    { header: "Last contact", cell: (row) => formatDate(row.lastContactAt) },
    { header: "Fit", cell: (row) => <Fit row={row} /> },
    {
      header: "Needs attention",
      cell: (row) =>
        isStuck(row, now) ? (
          <StatusBadge tone="warn">{`Stuck: no contact for ${STUCK_DAYS}+ days`}</StatusBadge>
        ) : row.lowFit ? (
          <StatusBadge tone="warn">Low fit</StatusBadge>
        ) : (
          "No"
        ),
    },
    { header: "Actions", cell: (row) => <StaffActions row={row} /> },
  ];
  return (
    <ResponsiveTable
      caption="Relationships of the mentors you supervise"
      rows={rows}
      rowKey={(row) => row.id}
      columns={columns}
      minWidth={900}
    />
  );
}
