import { Button, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ConversationDetail } from "@mentalverse/shared";
import { useMe } from "../auth/session.js";
import type { DecryptedMessage } from "../messaging/types.js";
import { useRelationship } from "../relationships/queries.js";
import { WorriedAlertForm } from "./WorriedAlertForm.js";
import { latestShareable, WORRIED_MESSAGES } from "./worried-messages.js";

/**
 * "I'm worried": a mentor asks the safety team to look in on their mentee. Only the mentor of a
 * pair sees it (the relationship says who is who); the mentee is told first, in the conversation.
 */
export function WorriedAlertButton({
  conversation,
  recent,
}: {
  conversation: ConversationDetail;
  recent: DecryptedMessage[];
}) {
  const pair = conversation.kind === "pair" && conversation.relationshipId ? conversation.relationshipId : null;
  return pair ? <ForMentorOnly relationshipId={pair} conversation={conversation} recent={recent} /> : null;
}

function ForMentorOnly({
  relationshipId,
  conversation,
  recent,
}: {
  relationshipId: string;
  conversation: ConversationDetail;
  recent: DecryptedMessage[];
}) {
  const me = useMe();
  const relationship = useRelationship(relationshipId);
  const [opened, { open, close }] = useDisclosure(false);
  const data = relationship.data;
  if (data?.yourRole !== "mentor" || data.mentor.id !== me.id) return null;
  const mentee = data.mentee.displayName;
  const messages = latestShareable(recent);
  return (
    <>
      <Button variant="default" onClick={open}>
        I'm worried about {mentee}
      </Button>
      <Modal opened={opened} onClose={close} title={`Raise an "I'm worried" alert about ${mentee}`} size="lg">
        <Stack gap="md">
          <Text>
            {mentee} will be told first, in this conversation, that you have asked the safety team to check in.{" "}
            {messages.length > 0
              ? `Then the last ${messages.length === 1 ? "message" : `${messages.length} messages`} of this conversation (up to ${WORRIED_MESSAGES}) will be shared with the safety team, checked against what was sent.`
              : "No messages will be shared (none on this device could be verified), only your note."}
          </Text>
          <Text size="sm" c="dimmed">
            The safety team is not watching around the clock. If {mentee} is in immediate danger, call the local
            emergency number now.
          </Text>
          {opened ? (
            <WorriedAlertForm conversationId={conversation.id} mentee={mentee} messages={messages} onDone={close} />
          ) : null}
        </Stack>
      </Modal>
    </>
  );
}
