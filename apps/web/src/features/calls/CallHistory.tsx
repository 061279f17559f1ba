import { Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { QueryState } from "../../components/QueryState.js";
import { formatDateTime } from "../../lib/format.js";
import { useMe } from "../auth/session.js";
import { describeCall } from "./call-labels.js";
import { useCallHistory } from "./calls-queries.js";

/** The pair's calls, newest first, from the viewer's side ("Missed video call", "Outgoing audio call, 4:05"). */
export function CallHistory({ conversationId }: { conversationId: string }) {
  const me = useMe();
  const query = useCallHistory(conversationId);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        Calls
      </Title>
      <QueryState query={query} label="Loading calls">
        {({ calls }) =>
          calls.length === 0 ? (
            <Text c="dimmed" size="sm">
              No calls yet.
            </Text>
          ) : (
            <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
              {calls.map((call) => (
                <Paper key={call.id} component="li" withBorder px="sm" py={6}>
                  <Text size="sm" fw={500}>
                    {describeCall(call, me.id)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(call.startedAt)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}
