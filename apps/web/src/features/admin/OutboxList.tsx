import { Card, Code, Group, Stack, Text, Title } from "@mantine/core";
import type { OutboxMessage } from "@mentalverse/shared";
import { StatusBadge, type Tone } from "../../components/StatusBadge.js";
import { formatDateTime } from "../../lib/format.js";

const STATUS: Record<OutboxMessage["status"], { tone: Tone; label: string }> = {
  queued: { tone: "neutral", label: "Queued" },
  sent: { tone: "good", label: "Sent" },
  failed: { tone: "bad", label: "Failed" },
  outbox: { tone: "warn", label: "Not sent: no mail server" },
};

function OutboxItem({ message }: { message: OutboxMessage }) {
  const status = STATUS[message.status];
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={2} size="h5" style={{ flex: "1 1 200px" }}>
            {message.subject}
          </Title>
          <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
        </Group>
        <Text size="sm">
          To: <b>{message.to}</b>
        </Text>
        <Text size="xs" c="dimmed">
          Created {formatDateTime(message.createdAt)}
          {message.sentAt ? ` · sent ${formatDateTime(message.sentAt)}` : ""}
        </Text>
        {message.error ? (
          <Text size="sm" c="red.9">
            Error: {message.error}
          </Text>
        ) : null}
        <details open={message.status === "outbox"}>
          <summary style={{ cursor: "pointer" }}>Message text</summary>
          <Code block className="wrap" mt={4}>
            {message.text}
          </Code>
        </details>
      </Stack>
    </Card>
  );
}

export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  if (messages.length === 0) return <Text c="dimmed">No email has been sent yet.</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {messages.map((message) => (
        <OutboxItem key={message.id} message={message} />
      ))}
    </Stack>
  );
}
