import { Alert, Button, List, Stack, Text } from "@mantine/core";
import type { ConversationDetail } from "@mentalverse/shared";
import { useEffect } from "react";
import { isTrustedDevice, isTrustedRecoveryKey } from "./trust.js";

/** Current members with an active device or a recovery key whose signature does not check. */
export function unverifiedMembers(detail: ConversationDetail): { name: string; what: "device" | "recovery key" }[] {
  const out: { name: string; what: "device" | "recovery key" }[] = [];
  for (const member of detail.members) {
    const name = member.displayName;
    const devices = detail.devices.filter((d) => d.userId === member.userId && !d.revokedAt);
    if (devices.some((d) => !isTrustedDevice(d))) out.push({ name, what: "device" });
    const recovery = detail.recoveryKeys.find((r) => r.userId === member.userId);
    if (recovery && !isTrustedRecoveryKey(recovery, detail.devices)) out.push({ name, what: "recovery key" });
  }
  return out;
}

/**
 * Tells the member when someone's devices changed while they were reading or since their last visit,
 * warns loudly when a device's keys changed, and when a device or recovery key listed here is not
 * properly signed (no key is sealed to those). `onShown` runs once each view's notices are on screen,
 * so its devices are remembered only then.
 */
export function SecurityNotices({
  detail,
  notices,
  warnings,
  onShown,
  onDismiss,
}: {
  detail: ConversationDetail;
  notices: string[];
  warnings: string[];
  onShown: (detail: ConversationDetail) => void;
  onDismiss: () => void;
}) {
  useEffect(() => onShown(detail), [onShown, detail]);
  const unverified = unverifiedMembers(detail);
  if (notices.length === 0 && warnings.length === 0 && unverified.length === 0) return null;
  return (
    <Stack gap="xs">
      {warnings.length > 0 ? (
        <Alert color="red" title="A device's keys changed" role="alert">
          <List size="sm">
            {warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings only grow, and may repeat.
              <List.Item key={index}>{warning}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            A device keeps the same keys for as long as it exists, so this should never happen: someone, possibly the
            server, may be trying to read this conversation. Compare safety numbers before you send anything else, and
            tell the safety team if they don't match.
          </Text>
          <Button size="compact-xs" variant="subtle" color="red" mt={4} onClick={onDismiss}>
            Dismiss
          </Button>
        </Alert>
      ) : null}
      {unverified.map(({ name, what }) => (
        <Alert key={`${name}|${what}`} color="red" title={`A ${what} of ${name} could not be verified`}>
          <Text size="sm">
            Its signature does not check, so nothing is encrypted for it. If the conversation can no longer send, that
            is why. Compare safety numbers with {name}, and tell the safety team if they don't match.
          </Text>
        </Alert>
      ))}
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
