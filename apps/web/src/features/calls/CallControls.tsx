import { Button, Group } from "@mantine/core";
import type { ConversationDetail } from "@mentalverse/shared";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { callEngine } from "./call-engine.js";
import { isActive } from "./call-state.js";
import { useCallState } from "./use-call-state.js";

/** Audio and video call buttons for an open pair conversation; nothing for groups or ended pairs. */
export function CallControls({ conversation }: { conversation: ConversationDetail }) {
  const { socket } = useRealtimeSocket();
  const { phase } = useCallState();
  if (conversation.kind !== "pair" || conversation.state !== "open") return null;
  // One call at a time; without a live socket there is no way to ring anyone.
  const disabled = !socket || isActive(phase);
  const start = (media: "audio" | "video") => void callEngine.start(conversation, media);
  return (
    <Group gap="xs" role="group" aria-label={`Call ${conversation.title}`}>
      <Button size="compact-sm" variant="light" disabled={disabled} onClick={() => start("audio")}>
        Start audio call
      </Button>
      <Button size="compact-sm" variant="light" disabled={disabled} onClick={() => start("video")}>
        Start video call
      </Button>
    </Group>
  );
}
