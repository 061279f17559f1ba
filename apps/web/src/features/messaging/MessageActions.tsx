import { ActionIcon, Menu } from "@mantine/core";
import { REACTIONS } from "./payloads.js";
import type { TimelineMessage } from "./timeline.js";

export interface MessageActionHandlers {
  onReact: (emoji: string, remove: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
  onReport: () => void;
}

/** One keyboard-usable menu per message: react, and edit or delete one's own, or report someone else's. */
export function MessageActions({
  message,
  mine,
  canSend,
  myId,
  handlers,
}: {
  message: TimelineMessage;
  mine: boolean;
  canSend: boolean;
  myId: string;
  handlers: MessageActionHandlers;
}) {
  const readable = message.verified && !message.deleted;
  // A deleted message this device saw can still be reported, with the version it kept.
  const reportable =
    (readable && message.revealed !== null) || (message.deleted && (message.evidence?.length ?? 0) > 0);
  const canReport = !mine && reportable && message.senderId !== null;
  if ((!readable && !canReport) || (!canSend && !canReport)) return null;
  const time = new Date(message.createdAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for the message from ${message.senderName} at ${time}`}
        >
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {canSend && readable ? (
          <>
            <Menu.Label>React</Menu.Label>
            {REACTIONS.map(({ emoji, label }) => {
              const reacted = message.reactions.some((r) => r.emoji === emoji && r.userIds.includes(myId));
              return (
                <Menu.Item key={emoji} onClick={() => handlers.onReact(emoji, reacted)}>
                  {emoji} {reacted ? `Take back ${label.toLowerCase()}` : label}
                </Menu.Item>
              );
            })}
          </>
        ) : null}
        {mine && canSend && readable ? (
          <>
            <Menu.Divider />
            <Menu.Item onClick={handlers.onEdit}>Edit</Menu.Item>
            <Menu.Item color="red" onClick={handlers.onDelete}>
              Delete
            </Menu.Item>
          </>
        ) : null}
        {canReport ? (
          <>
            <Menu.Divider />
            <Menu.Item onClick={handlers.onReport}>Report</Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
