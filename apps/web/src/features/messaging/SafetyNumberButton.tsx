import { Button, List, Modal, Stack, Text } from "@mantine/core";
import { safetyNumber } from "@mentalverse/e2ee";
import type { ConversationDetail } from "@mentalverse/shared";
import { useState } from "react";

/**
 * The safety numbers of everyone's devices here. Compared with what the other member's own screen
 * shows (in person or on a call), a match means no one slipped in a key of their own.
 */
export function SafetyNumberButton({ conversation }: { conversation: ConversationDetail }) {
  const [opened, setOpened] = useState(false);
  const memberIds = new Set(conversation.members.map((m) => m.userId));
  const active = conversation.devices.filter((d) => !d.revokedAt && memberIds.has(d.userId));
  const recoveryKeys = conversation.recoveryKeys.filter((r) => memberIds.has(r.userId));
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpened(true)}>
        Safety numbers
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Safety numbers">
        <Stack gap="sm">
          <Text size="sm">
            Compare these with what each person sees on their own device. If they match, your messages reach only their
            devices.
          </Text>
          <Text size="sm" fw={600}>
            Whole conversation:{" "}
            <Text span ff="monospace" style={{ overflowWrap: "anywhere" }}>
              {active.length > 0
                ? safetyNumber({ devices: active, recoveryPublicKeys: recoveryKeys.map((r) => r.recoveryPublicKey) })
                : "no devices yet"}
            </Text>
          </Text>
          <List spacing="xs" listStyleType="none" p={0}>
            {conversation.members.map((member) => {
              const devices = active.filter((d) => d.userId === member.userId);
              const recovery = recoveryKeys.filter((r) => r.userId === member.userId).map((r) => r.recoveryPublicKey);
              return (
                <List.Item key={member.userId}>
                  <Text size="sm">
                    {member.displayName}:{" "}
                    <Text span ff="monospace" style={{ overflowWrap: "anywhere" }}>
                      {devices.length > 0
                        ? safetyNumber({ devices, recoveryPublicKeys: recovery })
                        : "no secure messaging device yet"}
                    </Text>
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Stack>
      </Modal>
    </>
  );
}
