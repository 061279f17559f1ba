import { Anchor, Button, Group, Text } from "@mantine/core";
import type { ConversationDetail } from "@mentalverse/shared";
import { Link, useLocation } from "react-router";
import { useRealtimeSocket } from "../../lib/realtime-context.js";
import { useThisDevice } from "../messaging/device.js";
import { callEngine } from "./call-engine.js";
import { isActive } from "./call-state.js";
import { useCallState } from "./use-call-state.js";

/**
 * Audio and video call buttons for an open pair conversation; nothing for groups or ended pairs.
 * Calling needs this browser's messaging device, which signs the call's set-up so the other side can
 * tell it is really the member (there is no unsigned way to call: it would be the one an attacker
 * forces); without one the buttons are off and say where to set it up.
 */
export function CallControls({ conversation }: { conversation: ConversationDetail }) {
  const { socket } = useRealtimeSocket();
  const { phase } = useCallState();
  const device = useThisDevice();
  const location = useLocation();
  if (conversation.kind !== "pair" || conversation.state !== "open") return null;
  const signer = device.data ?? null;
  // One call at a time; without a live socket there is no way to ring anyone.
  const disabled = !socket || isActive(phase) || !signer;
  const start = (media: "audio" | "video") => void callEngine.start(conversation, media, signer);
  return (
    <Group gap="xs" role="group" aria-label={`Call ${conversation.title}`}>
      <Button size="compact-sm" variant="light" disabled={disabled} onClick={() => start("audio")}>
        Start audio call
      </Button>
      <Button size="compact-sm" variant="light" disabled={disabled} onClick={() => start("video")}>
        Start video call
      </Button>
      {device.isSuccess && !signer ? (
        <Text size="sm">
          Calls are verified with your secure messaging keys:{" "}
          <Anchor
            component={Link}
            to={`/messages/setup?next=${encodeURIComponent(location.pathname + location.search)}`}
          >
            set up secure messaging in this browser
          </Anchor>{" "}
          to call.
        </Text>
      ) : null}
    </Group>
  );
}
