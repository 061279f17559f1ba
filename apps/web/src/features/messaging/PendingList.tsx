import { Box, Button, Group, Stack, Text } from "@mantine/core";
import type { PendingSend } from "./outbox.js";

const CHANGE: Record<PendingSend["kind"], string> = {
  message: "message",
  edit: "edit",
  reaction: "reaction",
  delete: "deletion",
};

/**
 * What this device has not had acknowledged yet: shown as "Sending…" until the server stored it.
 * A send read back from the device's outbox after a reload has no text left to show (only its
 * encrypted form is kept), and one sealed under a key that changed since can only be discarded.
 */
export function PendingList({
  pending,
  onRetry,
  onDiscard,
}: {
  pending: PendingSend[];
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}) {
  if (pending.length === 0) return null;
  return (
    <Stack gap="xs">
      {pending.map((item) => (
        <Box
          key={item.clientId}
          p="xs"
          style={{ borderInlineStart: "3px dashed var(--mantine-color-indigo-4)", borderRadius: 4, minWidth: 0 }}
        >
          {item.kind === "message" && item.restored ? (
            <Text size="sm" c="dimmed" fs="italic">
              A message written earlier on this device
            </Text>
          ) : item.kind === "message" ? (
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {item.text}
            </Text>
          ) : null}
          {item.state === "sending" ? (
            <Text size="xs" c="dimmed">
              {item.kind === "message" ? "Sending…" : `Sending your ${CHANGE[item.kind]}…`}
            </Text>
          ) : (
            <Group gap="xs" wrap="wrap">
              <Text size="xs" c="red.9" role="alert">
                Your {CHANGE[item.kind]} {item.stale ? "could not be sent" : "was not sent"}: {item.error}
              </Text>
              {item.stale ? null : (
                <Button size="compact-xs" variant="light" onClick={() => onRetry(item.clientId)}>
                  Try again
                </Button>
              )}
              <Button size="compact-xs" variant="default" onClick={() => onDiscard(item.clientId)}>
                Discard
              </Button>
            </Group>
          )}
        </Box>
      ))}
    </Stack>
  );
}
