import { Card, Group, Stack, Text, Title } from "@mantine/core";
import type { SafetyReportDetail } from "@mentalverse/shared";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDateTime } from "../../lib/format.js";

/**
 * The messages shared with a report. The server only stores text whose franking commitment
 * matched, so each one is what its sender's device actually sent; the badge says so in words.
 */
export function VerifiedMessages({ report }: { report: SafetyReportDetail }) {
  const first = report.kind === "message_report" ? report.messages[0]?.seq : undefined;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="shared-messages-heading">
      <Title order={2} size="h3" id="shared-messages-heading" mb="md">
        Shared messages
      </Title>
      {report.messages.length === 0 ? (
        <Text c="dimmed">No messages were shared with this {report.kind === "crisis_alert" ? "alert" : "report"}.</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {report.messages.map((m) => (
            <Card key={m.seq} component="li" withBorder padding="sm" radius="sm">
              <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {m.senderName ?? "Unknown member"}, {formatDateTime(m.sentAt)}
                  {m.seq === first ? " (the message reported)" : ""}
                </Text>
                <StatusBadge tone="good">Verified: matches what was sent</StatusBadge>
              </Group>
              <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{m.text}</Text>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
