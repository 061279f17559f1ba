import { Text } from "@mantine/core";
import type { MyScreening } from "@mentalverse/shared";
import { type Column, ResponsiveTable } from "../../components/ResponsiveTable.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDateTime } from "../../lib/format.js";
import { RISK_LABELS, RISK_TONES } from "./risk.js";

const ORDER = ["q1", "q2", "q3", "q4", "q5", "q6", "q6Within3Months"];
const SHORT: Record<string, string> = { q6Within3Months: "Q6 in past 3 months" };

function answersText(answers: MyScreening["answers"]): string {
  return ORDER.filter((id) => typeof answers[id] === "boolean")
    .map((id) => `${SHORT[id] ?? id.toUpperCase()}: ${answers[id] ? "yes" : "no"}`)
    .join(", ");
}

const columns: Column<MyScreening>[] = [
  { header: "Date", cell: (s) => formatDateTime(s.completedAt) },
  {
    header: "Level",
    cell: (s) => (s.risk ? <StatusBadge tone={RISK_TONES[s.risk]}>{RISK_LABELS[s.risk]}</StatusBadge> : "—"),
  },
  { header: "Your answers", cell: (s) => answersText(s.answers) },
];

/** The member's own completed safety checks; nobody else but the safety team sees these. */
export function ScreeningHistory({ screenings }: { screenings: MyScreening[] }) {
  const complete = screenings
    .filter((s) => s.status === "complete")
    .sort((a, b) => (b.completedAt ?? "").localeCompare(a.completedAt ?? ""));
  if (complete.length === 0) return <Text c="dimmed">You have no completed safety checks yet.</Text>;
  return (
    <ResponsiveTable
      caption="Your safety checks"
      rows={complete}
      rowKey={(s) => s.id}
      columns={columns}
      minWidth={560}
    />
  );
}
