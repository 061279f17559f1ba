import { Anchor, Button, Collapse, Drawer, Group, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ConversationDetail } from "@mentalverse/shared";
import { Link } from "react-router";
import { CallControls } from "../calls/CallControls.js";
import { CallHistory } from "../calls/CallHistory.js";
import { GroupMembersPanel } from "../groups/GroupMembersPanel.js";
import { WorriedAlertButton } from "../messaging-safety/WorriedAlertButton.js";
import { SafetyNumberButton } from "./SafetyNumberButton.js";
import type { DecryptedMessage } from "./types.js";

/** The row under the conversation's title: calls, history and the worried alert for pairs; members for groups. */
export function ConversationTools({
  conversation,
  recent,
}: {
  conversation: ConversationDetail;
  recent: DecryptedMessage[];
}) {
  const [membersOpen, members] = useDisclosure(false);
  const [callsOpen, calls] = useDisclosure(false);
  const pair = conversation.kind === "pair";
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to="/messages" size="sm">
          All conversations
        </Anchor>
        {pair ? <CallControls conversation={conversation} /> : null}
        {pair ? (
          <Button variant="subtle" size="compact-sm" onClick={calls.toggle} aria-expanded={callsOpen}>
            {callsOpen ? "Hide call history" : "Call history"}
          </Button>
        ) : (
          <Button variant="light" size="compact-sm" onClick={members.open}>
            Members ({conversation.members.length})
          </Button>
        )}
        <SafetyNumberButton conversation={conversation} />
        {pair ? <WorriedAlertButton conversation={conversation} recent={recent} /> : null}
      </Group>
      {pair ? (
        <Collapse expanded={callsOpen}>{callsOpen ? <CallHistory conversationId={conversation.id} /> : null}</Collapse>
      ) : (
        <Drawer opened={membersOpen} onClose={members.close} title="Group members" position="right" size="md">
          <GroupMembersPanel conversation={conversation} />
        </Drawer>
      )}
    </Stack>
  );
}
