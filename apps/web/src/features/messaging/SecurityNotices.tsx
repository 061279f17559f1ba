import { Alert, Button, List, Stack, Text } from "@mantine/core";
import type { ConversationDetail } from "@mentalverse/shared";
import { isTrustedDevice, isTrustedRecoveryKey } from "./trust.js";

/**
 * Tells the member when someone's devices changed while they were reading, and warns when a device
 * or recovery key listed here is not properly signed (no key is sealed to those).
 */
export function SecurityNotices({
  detail,
  notices,
  onDismiss,
}: {
  detail: ConversationDetail;
  notices: string[];
  onDismiss: () => void;
}) {
  const members = new Set(detail.members.map((m) => m.userId));
  const untrusted =
    detail.devices.some((d) => !d.revokedAt && members.has(d.userId) && !isTrustedDevice(d)) ||
    detail.recoveryKeys.some((r) => members.has(r.userId) && !isTrustedRecoveryKey(r, detail.devices));
  if (notices.length === 0 && !untrusted) return null;
  return (
    <Stack gap="xs">
      {untrusted ? (
        <Alert color="red" title="A key here could not be verified">
          <Text size="sm">
            A device or recovery key listed in this conversation is not properly signed. Nothing is encrypted for it.
            Compare safety numbers with the others, and tell the safety team if they don't match.
          </Text>
        </Alert>
      ) : null}
      {notices.length > 0 ? (
        <Alert color="yellow" title="Devices changed" role="status">
          <List size="sm">
            {notices.map((note, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notices only grow, and repeat (two devices added).
              <List.Item key={index}>{note}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            The safety numbers changed. If you did not expect this, compare them with the others.
          </Text>
          <Button size="compact-xs" variant="subtle" mt={4} onClick={onDismiss}>
            Dismiss
          </Button>
        </Alert>
      ) : null}
    </Stack>
  );
}
