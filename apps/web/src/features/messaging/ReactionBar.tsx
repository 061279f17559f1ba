import { Button, Group } from "@mantine/core";
import { plural } from "../../lib/format.js";
import { reactionLabel } from "./payloads.js";
import type { DecryptedMessage } from "./types.js";

/** Reactions under a message; pressing one's own takes it back, pressing another's adds the same. */
export function ReactionBar({
  reactions,
  myId,
  disabled,
  onToggle,
}: {
  reactions: DecryptedMessage["reactions"];
  myId: string;
  disabled: boolean;
  onToggle: (emoji: string, remove: boolean) => void;
}) {
  if (reactions.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {reactions.map(({ emoji, userIds }) => {
        const mine = userIds.includes(myId);
        return (
          <Button
            key={emoji}
            size="compact-xs"
            radius="xl"
            variant={mine ? "light" : "default"}
            aria-pressed={mine}
            aria-label={`${reactionLabel(emoji)}: ${plural(userIds.length, "reaction")}${mine ? ", including yours" : ""}`}
            disabled={disabled}
            onClick={() => onToggle(emoji, mine)}
          >
            {emoji} {userIds.length}
          </Button>
        );
      })}
    </Group>
  );
}
