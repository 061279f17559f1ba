import { Button, Group, Menu, Modal, Stack, Text } from "@mantine/core";
import type { ConversationMember } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { describeError } from "../../lib/api-error.js";
import { MUTE_OPTIONS } from "./mute.js";
import { useChangeMember } from "./queries.js";

/** A moderator's choices for one member: mute for a while, unmute, or remove (after a confirmation). */
export function MemberActions({
  conversationId,
  member,
  muted,
}: {
  conversationId: string;
  member: ConversationMember;
  muted: boolean;
}) {
  const change = useChangeMember(conversationId);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const name = member.displayName;
  const mute = (minutes: number | null) => change.mutate({ action: "mute", userId: member.userId, minutes });
  return (
    <Stack gap={4} align="flex-end" style={{ flexShrink: 0, maxWidth: "60%" }}>
      {change.error && !confirmRemove ? (
        <Text size="xs" c="red.8" role="alert" ta="right">
          {describeError(change.error)}
        </Text>
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            loading={change.isPending && !confirmRemove}
            aria-label={`Moderate ${name}`}
          >
            Moderate
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {MUTE_OPTIONS.map((option) => (
            <Menu.Item key={option.minutes} onClick={() => mute(option.minutes)}>
              {muted ? `Mute for ${option.label} from now` : `Mute for ${option.label}`}
            </Menu.Item>
          ))}
          {muted ? <Menu.Item onClick={() => mute(null)}>Unmute</Menu.Item> : null}
          <Menu.Divider />
          <Menu.Item color="red.8" onClick={() => setConfirmRemove(true)}>
            Remove from the group
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirmRemove} onClose={() => setConfirmRemove(false)} title={`Remove ${name} from the group?`}>
        <Stack gap="md">
          <Text>
            {name} will no longer see new messages. The group gets a new key, so nothing sent after this can be read on
            their devices.
          </Text>
          <ErrorAlert error={change.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmRemove(false)}>
              Cancel
            </Button>
            <Button
              color="red.8"
              loading={change.isPending}
              onClick={() =>
                change.mutate({ action: "remove", userId: member.userId }, { onSuccess: () => setConfirmRemove(false) })
              }
            >
              Remove {name}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
