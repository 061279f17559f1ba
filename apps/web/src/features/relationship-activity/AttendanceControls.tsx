import { Button, Group, Stack, Text } from "@mantine/core";
import type { MentoringSession } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { useRecordAttendance } from "./sessions-queries.js";

const WORDS = { attended: "Attended", missed: "Missed", cancelled: "Cancelled" } as const;

/** Who came: either member may record either member's attendance once the session has started. */
export function AttendanceControls({
  relationshipId,
  session,
  myId,
  canWrite,
}: {
  relationshipId: string;
  session: MentoringSession;
  myId: string;
  canWrite: boolean;
}) {
  const record = useRecordAttendance(relationshipId, session.id);
  const editable = canWrite && session.status === "scheduled";
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Attendance
      </Text>
      <ErrorAlert error={record.error} />
      {session.attendance.map((entry) => {
        const who = entry.member.id === myId ? "You" : entry.member.displayName;
        return (
          <Group key={entry.member.id} gap="sm" wrap="wrap">
            <Text size="sm" miw={90}>
              {who}:
            </Text>
            {entry.status && !editable ? (
              <StatusBadge tone={entry.status === "attended" ? "good" : "warn"}>{WORDS[entry.status]}</StatusBadge>
            ) : null}
            {entry.status ? null : (
              <Text size="sm" c="dimmed">
                Not recorded
              </Text>
            )}
            {editable
              ? (["attended", "missed"] as const).map((status) => {
                  const pressed = entry.status === status;
                  return (
                    <Button
                      key={status}
                      size="xs"
                      variant={pressed ? "filled" : "default"}
                      aria-pressed={pressed}
                      disabled={record.isPending}
                      onClick={() => record.mutate({ memberId: entry.member.id, status })}
                      aria-label={`Mark ${who === "You" ? "yourself" : who} as ${WORDS[status].toLowerCase()}`}
                    >
                      {pressed ? `✓ ${WORDS[status]}` : WORDS[status]}
                    </Button>
                  );
                })
              : null}
          </Group>
        );
      })}
    </Stack>
  );
}
