import { Paper, Stack, Text } from "@mantine/core";
import type { CheckIn } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";
import { moodText } from "./mood.js";

/** Every check-in by either member, newest first. */
export function CheckInHistory({ checkIns, myId }: { checkIns: CheckIn[]; myId: string }) {
  if (checkIns.length === 0) return <Text c="dimmed">No check-ins yet.</Text>;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
      {checkIns.map((checkIn) => (
        <Paper key={checkIn.id} component="li" withBorder p="sm">
          <Text fw={600}>
            {checkIn.author.id === myId ? "You" : checkIn.author.displayName}: {moodText(checkIn.mood)}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDateTime(checkIn.createdAt)}
          </Text>
          {checkIn.note ? (
            <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {checkIn.note}
            </Text>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
