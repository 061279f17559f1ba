import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ScreeningStatus } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate } from "../../lib/format.js";
import { RISK_LABELS, RISK_TONES } from "./risk.js";

const DUE_REASONS: Record<NonNullable<ScreeningStatus["dueReason"]>, string> = {
  never_screened: "You have not taken the safety check yet.",
  requested: "We asked you to take it now, after one of your answers.",
  scheduled: "It is time for your regular safety check.",
};

/** Whether a safety check is due and whether peer matching is held, in words rather than colours. */
export function ScreeningStatusCard({ status }: { status: ScreeningStatus }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="screening-status-heading">
      <Title order={2} size="h4" id="screening-status-heading" mb="sm">
        Your status
      </Title>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>Peer matching:</Text>
          {status.matchingHeld ? (
            <StatusBadge tone="bad">On hold</StatusBadge>
          ) : (
            <StatusBadge tone="good">Not on hold</StatusBadge>
          )}
        </Group>
        {status.matchingHeld ? (
          <Text>
            Peer matching is on hold until you have talked with a member of our safety team. They will reach out to you.
          </Text>
        ) : null}
        <Group gap="xs">
          <Text fw={600}>Last result:</Text>
          {status.lastRisk ? (
            <StatusBadge tone={RISK_TONES[status.lastRisk]}>{RISK_LABELS[status.lastRisk]}</StatusBadge>
          ) : (
            <Text>none yet</Text>
          )}
          {status.lastCompletedAt ? <Text size="sm">on {formatDate(status.lastCompletedAt)}</Text> : null}
        </Group>
        <Text>
          <Text span fw={600}>
            Next safety check:
          </Text>{" "}
          {status.due
            ? `due now. ${status.dueReason ? DUE_REASONS[status.dueReason] : ""}`
            : `due ${formatDate(status.nextDueAt)}.`}
        </Text>
      </Stack>
    </Card>
  );
}
