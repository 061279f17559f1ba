import { Affix, Box, Button, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useId, useRef } from "react";
import { CallTimer } from "./CallTimer.js";
import { callEngine } from "./call-engine.js";
import { mediaLabel, statusText } from "./call-labels.js";
import type { CallState } from "./call-state.js";
import { RemoteAudio, VideoView } from "./MediaViews.js";

/**
 * The call in progress, in a corner of every page so the member can keep reading the conversation:
 * the other side's picture (or an audio-only sign), a small self view, the controls and the timer.
 */
export function CallPanel({ state }: { state: CallState }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const ended = state.phase === "ended";
  const showRemotePicture = state.media === "video" || state.remoteVideo;
  const showSelf = state.localStream !== null && (state.media === "video" || state.sharing) && !ended;

  // Focus lands on the panel when it opens (after Accept the dialog's focus has nowhere to return to).
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={250}>
      <Paper
        component="section"
        aria-labelledby={headingId}
        withBorder
        shadow="lg"
        p="sm"
        w={{ base: "calc(100vw - 32px)", xs: 380 }}
      >
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h5" id={headingId} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
              {mediaLabel(state.media)} with {state.peerName}
            </Title>
            {!ended ? <CallTimer since={state.connectedAt} /> : null}
          </Group>
          <Text size="sm" role="status" aria-live="polite" fw={500}>
            {statusText(state)}
          </Text>
          {state.problem ? (
            <Text size="sm" c="red.8" role="alert">
              {state.problem}
            </Text>
          ) : null}
          {!ended ? (
            <Box pos="relative" h={showRemotePicture ? 220 : 80}>
              {showRemotePicture ? (
                <VideoView stream={state.remoteStream} label={`${state.peerName}'s video`} />
              ) : (
                <Center h="100%" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 8 }}>
                  <Text size="sm">Audio only</Text>
                </Center>
              )}
              {showSelf ? (
                <Box pos="absolute" bottom={8} right={8} w={96} h={72}>
                  <VideoView
                    stream={state.localStream}
                    label={state.sharing ? "Your shared screen" : "Your camera"}
                    mirrored={!state.sharing}
                  />
                </Box>
              ) : null}
              <RemoteAudio stream={state.remoteStream} />
            </Box>
          ) : null}
          {ended ? (
            <Group justify="flex-end">
              <Button variant="default" size="xs" onClick={() => callEngine.dismiss()}>
                Close
              </Button>
            </Group>
          ) : (
            <CallButtons state={state} />
          )}
        </Stack>
      </Paper>
    </Affix>
  );
}

function CallButtons({ state }: { state: CallState }) {
  const live = state.phase === "connecting" || state.phase === "connected";
  return (
    <Group gap="xs" justify="space-between">
      <Group gap="xs">
        <Button
          size="xs"
          variant={state.micOn ? "default" : "filled"}
          aria-pressed={!state.micOn}
          disabled={!state.localStream}
          onClick={() => callEngine.toggleMic()}
        >
          Mute
        </Button>
        {state.media === "video" ? (
          <Button
            size="xs"
            variant={state.cameraOn ? "default" : "filled"}
            aria-pressed={!state.cameraOn}
            disabled={!state.localStream}
            onClick={() => callEngine.toggleCamera()}
          >
            Camera off
          </Button>
        ) : null}
        <Button
          size="xs"
          variant={state.sharing ? "filled" : "default"}
          aria-pressed={state.sharing}
          disabled={!live}
          onClick={() => void callEngine.toggleScreenShare()}
        >
          Share screen
        </Button>
      </Group>
      <Button size="xs" color="red" onClick={() => callEngine.hangUp()}>
        Hang up
      </Button>
    </Group>
  );
}
