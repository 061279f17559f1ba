import { Anchor, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useMe } from "../auth/session.js";
import { loadCallDevice, useCallDevice } from "./call-device.js";
import { callEngine } from "./call-engine.js";
import type { CallState } from "./call-state.js";

/**
 * Who is calling and how, with Accept (focused first) and Decline; Escape declines. Answering signs
 * the answer with this browser's messaging device; a member without one here is told to set it up.
 */
export function IncomingCallDialog({ state }: { state: CallState }) {
  const opened = state.phase === "incoming";
  const me = useMe();
  const location = useLocation();
  // Only asked while a call rings, so pages without calls never touch the messaging database.
  const device = useCallDevice(me.id, opened);
  const noDevice = device.isSuccess && device.data === null;
  // Accept stays focusable while the device is still being read (the dialog focuses it on opening).
  const accept = async () =>
    callEngine.accept(device.isSuccess ? device.data : await loadCallDevice(me.id).catch(() => null));
  const setupPath = `/messages/setup?next=${encodeURIComponent(location.pathname + location.search)}`;
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
        {noDevice ? (
          <Text size="sm">
            Calls are verified with your secure messaging keys, and this browser has none yet.{" "}
            <Anchor component={Link} to={setupPath} onClick={() => callEngine.decline()}>
              Decline and set up secure messaging here
            </Anchor>
            , or answer on a device where it is set up.
          </Text>
        ) : null}
        {device.isError ? (
          <Text size="sm" c="red.8" role="alert">
            This browser's secure messaging keys could not be read, so the call cannot be answered here.
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={() => callEngine.decline()}>
            Decline
          </Button>
          <Button color="teal" data-autofocus disabled={noDevice} onClick={() => void accept()}>
            Accept
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
