import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { type MentoringSession, SESSION_MODE_LABELS } from "@mentalverse/shared";
import { useId } from "react";
import { StatusBadge } from "../../components/StatusBadge.js";
import { AttendanceControls } from "./AttendanceControls.js";
import { PrivateNoteEditor } from "./PrivateNoteEditor.js";
import { SessionActions } from "./SessionActions.js";
import { SummaryEditor } from "./SummaryEditor.js";
import { hasStarted, sessionStatus } from "./session-labels.js";
import { formatRangeInZone } from "./zoned-time.js";

export interface SessionView {
  relationshipId: string;
  myId: string;
  zone: string;
  /** False when the member has no time zone in their profile and the browser's is used. */
  zoneFromProfile: boolean;
  canWrite: boolean;
  now: number;
}

/** One session on the viewer's clock (and the partner's), with what can be done with it now. */
export function SessionCard({ session, view }: { session: MentoringSession; view: SessionView }) {
  const headingId = useId();
  const started = hasStarted(session, view.now);
  const status = sessionStatus(session, view.now);
  const theirs = session.times.find((t) => t.member.id !== view.myId);
  const heldOrDue = started && session.status === "scheduled";
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={headingId}>
            {formatRangeInZone(session.startsAt, session.endsAt, view.zone)}
          </Title>
          <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
        </Group>
        <Text size="sm">
          {SESSION_MODE_LABELS[session.mode]}, {session.durationMinutes} minutes. Suggested by{" "}
          {session.proposedBy.id === view.myId ? "you" : session.proposedBy.displayName}.
        </Text>
        {theirs ? (
          <Text size="sm" c="dimmed">
            For {theirs.member.displayName}: {theirs.label}
            {theirs.timeZoneSource === "default" ? " (they have not set a time zone, so this is UTC)" : ""}
          </Text>
        ) : null}
        {session.agenda ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            <b>Agenda:</b> {session.agenda}
          </Text>
        ) : null}
        {session.status === "cancelled" && session.cancelledBy ? (
          <Text size="sm">
            Cancelled by {session.cancelledBy.id === view.myId ? "you" : session.cancelledBy.displayName}
            {session.cancelReason ? `: ${session.cancelReason}` : "."}
          </Text>
        ) : null}
        <SessionActions
          relationshipId={view.relationshipId}
          session={session}
          canWrite={view.canWrite}
          started={started}
        />
        {heldOrDue ? (
          <>
            <AttendanceControls
              relationshipId={view.relationshipId}
              session={session}
              myId={view.myId}
              canWrite={view.canWrite}
            />
            <SummaryEditor relationshipId={view.relationshipId} session={session} canWrite={view.canWrite} />
          </>
        ) : null}
        <PrivateNoteEditor relationshipId={view.relationshipId} session={session} canWrite={view.canWrite} />
      </Stack>
    </Card>
  );
}
