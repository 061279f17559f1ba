import { Group, Text } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate } from "../../lib/format.js";
import { closeReasonLabel, phaseName, phaseSpan, STATE_LABELS, STATE_TONES } from "./labels.js";

/** State and phase under the page title; the state is a word, the colour only repeats it. */
export function RelationshipSummary({ relationship: r }: { relationship: RelationshipDetail }) {
  const ended = r.endedAt ? `, ended ${formatDate(r.endedAt)}` : "";
  return (
    <Group gap="sm" wrap="wrap" aria-label="Relationship status" role="group">
      <Text span fw={600}>
        State:
      </Text>
      <StatusBadge tone={STATE_TONES[r.status]}>{STATE_LABELS[r.status]}</StatusBadge>
      {r.closeReason ? <Text span>Reason: {closeReasonLabel(r.closeReason)}</Text> : null}
      <Text span>
        {phaseName(r.phase.current)} ({phaseSpan(r.phase.current)})
      </Text>
      <Text span c="dimmed" size="sm">
        Since {formatDate(r.startedAt)}
        {ended}
      </Text>
    </Group>
  );
}
