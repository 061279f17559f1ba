import { Box, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { AttachmentList } from "./AttachmentList.js";
import { type MessageActionHandlers, MessageActions } from "./MessageActions.js";
import { ReactionBar } from "./ReactionBar.js";
import type { TimelineMessage } from "./timeline.js";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "short" });

function Body({ message }: { message: TimelineMessage }) {
  if (message.deleted) {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        This message was deleted.
      </Text>
    );
  }
  if (message.status === "unverified") {
    return (
      <Text size="sm" fs="italic" c="red.9">
        This message could not be verified
      </Text>
    );
  }
  if (message.status === "no-key") {
    return (
      <Text size="sm" fs="italic" c="dimmed">
        This message was sent before this device could read the conversation.
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {message.text}
    </Text>
  );
}

/** One message: who, when, the text (only when it verified), files, reactions, and its actions. */
export function MessageItem({
  conversationId,
  message,
  myId,
  canSend,
  seen,
  handlers,
}: {
  conversationId: string;
  message: TimelineMessage;
  myId: string;
  canSend: boolean;
  seen: string | null;
  /** onDelete runs once the member confirmed. */
  handlers: MessageActionHandlers;
}) {
  const mine = message.senderId === myId;
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <Box
      component="article"
      aria-label={`${message.senderName}, ${timeFormat.format(new Date(message.createdAt))}`}
      p="xs"
      style={{
        borderInlineStart: `3px solid var(--mantine-color-${mine ? "indigo-6" : "gray-4"})`,
        background: mine ? "var(--mantine-color-indigo-0)" : undefined,
        borderRadius: 4,
        minWidth: 0,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="xs" c="dimmed">
            <Text span fw={600} c="var(--mantine-color-text)">
              {message.senderName}
            </Text>{" "}
            <time dateTime={message.createdAt}>{timeFormat.format(new Date(message.createdAt))}</time>
            {message.edited && !message.deleted ? " · edited" : ""}
          </Text>
          <Body message={message} />
          {message.verified && !message.deleted ? (
            <AttachmentList conversationId={conversationId} attachments={message.attachments} />
          ) : null}
          <ReactionBar
            reactions={message.reactions}
            myId={myId}
            disabled={!canSend}
            onToggle={(emoji, remove) => handlers.onReact(emoji, remove)}
          />
          {confirmDelete ? (
            <Group gap="xs" wrap="wrap">
              <Text size="sm">Delete this message for everyone?</Text>
              <Button
                size="compact-sm"
                color="red.8"
                onClick={() => {
                  setConfirmDelete(false);
                  handlers.onDelete();
                }}
              >
                Delete
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setConfirmDelete(false)}>
                Cancel
              </Button>
            </Group>
          ) : null}
          {seen ? (
            <Text size="xs" c="dimmed" ta="right">
              {seen}
            </Text>
          ) : null}
        </Stack>
        <MessageActions
          message={message}
          mine={mine}
          canSend={canSend}
          myId={myId}
          handlers={{ ...handlers, onDelete: () => setConfirmDelete(true) }}
        />
      </Group>
    </Box>
  );
}
