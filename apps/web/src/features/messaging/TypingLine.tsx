import { Text } from "@mantine/core";
import type { ConversationMember } from "@mentalverse/shared";

/** "Aino is typing…" for a few seconds after each keystroke signal from another member. */
export function TypingLine({ typing, members }: { typing: string[]; members: ConversationMember[] }) {
  const names = typing.map((id) => members.find((m) => m.userId === id)?.displayName ?? "Someone");
  const text =
    names.length === 0
      ? ""
      : names.length === 1
        ? `${names[0]} is typing…`
        : names.length === 2
          ? `${names[0]} and ${names[1]} are typing…`
          : `${names.length} people are typing…`;
  return (
    <Text size="xs" c="dimmed" mih={18} role="status">
      {text}
    </Text>
  );
}
