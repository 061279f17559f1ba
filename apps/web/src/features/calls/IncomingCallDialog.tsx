import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { callEngine } from "./call-engine.js";
import type { CallState } from "./call-state.js";

/** Who is calling and how, with Accept (focused first) and Decline; Escape declines. */
export function IncomingCallDialog({ state }: { state: CallState }) {
  const opened = state.phase === "incoming";
  return (
    <Modal
      opened={opened}
      onClose={() => callEngine.decline()}
      title={`Incoming ${state.media} call`}
      closeOnClickOutside={false}
      withCloseButton={false}
      centered
    >
      <Stack>
        <Text>
          <strong>{state.peerName}</strong> is calling you{state.media === "video" ? " with video" : ""}.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={() => callEngine.decline()}>
            Decline
          </Button>
          <Button color="teal" data-autofocus onClick={() => void callEngine.accept()}>
            Accept
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
