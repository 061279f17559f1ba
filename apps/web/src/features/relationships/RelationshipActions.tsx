import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { BlockedNotice, BlockPeerButton } from "./BlockPeer.js";
import { CloseRelationshipForm } from "./CloseRelationshipForm.js";
import { usePauseRelationship, useResumeRelationship } from "./queries.js";

/**
 * Pause, resume or end: only what the server says the caller may do now (its transition table).
 * Blocking the other person is offered last and quietly while the relationship is live; once it has
 * ended, the member who blocked sees that they did (nobody else is shown anything about it).
 */
export function RelationshipActions({ relationship: r }: { relationship: RelationshipDetail }) {
  const [mode, setMode] = useState<"none" | "pause" | "close">("none");
  const [blockedNow, setBlockedNow] = useState(false);
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  const pause = usePauseRelationship(r.id);
  const resume = useResumeRelationship(r.id);
  const can = (action: "pause" | "resume" | "close") => r.allowedActions.includes(action);
  const live = r.status === "active" || r.status === "paused";
  if (!live) return <BlockedNotice relationship={r} takeFocus={blockedNow} />;
  return (
    <Card withBorder component="section" aria-labelledby="actions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="actions-heading">
          Pause or end
        </Title>
        <ErrorAlert error={pause.error ?? resume.error} />
        {mode === "none" ? (
          <Group>
            {can("resume") ? (
              <Button onClick={() => resume.mutate(undefined)} loading={resume.isPending}>
                Resume the relationship
              </Button>
            ) : null}
            {can("pause") ? (
              <Button variant="default" onClick={() => setMode("pause")}>
                Pause the relationship
              </Button>
            ) : null}
            {can("close") ? (
              <Button variant="default" color="red.8" onClick={() => setMode("close")}>
                End the relationship
              </Button>
            ) : null}
          </Group>
        ) : null}
        {mode === "pause" ? (
          <Stack gap="sm">
            <Text size="sm">
              While paused you can still read everything here; goals, sessions and check-ins wait until one of you
              resumes. {peer} is told.
            </Text>
            <Group>
              <Button onClick={() => pause.mutate({}, { onSuccess: () => setMode("none") })} loading={pause.isPending}>
                Pause now
              </Button>
              <Button variant="default" onClick={() => setMode("none")}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : null}
        {mode === "close" ? <CloseRelationshipForm relationship={r} onCancel={() => setMode("none")} /> : null}
        {mode === "none" ? <BlockPeerButton relationship={r} onBlocked={() => setBlockedNow(true)} /> : null}
      </Stack>
    </Card>
  );
}
