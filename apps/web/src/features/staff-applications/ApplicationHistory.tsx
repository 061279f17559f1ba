import { Card, List, Stack, Text, Title } from "@mantine/core";
import { INTERVIEW_RUBRIC, type MentorApplicationDetail } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";
import { RUBRIC_LABELS, SCORE_LABELS, STATUS_LABELS } from "./labels.js";

type Event = MentorApplicationDetail["history"][number];

function EventItem({ event }: { event: Event }) {
  const move = event.from ? `${STATUS_LABELS[event.from]} → ${STATUS_LABELS[event.to]}` : STATUS_LABELS[event.to];
  return (
    <Stack gap={4} component="li">
      <Text fw={600}>{move}</Text>
      <Text size="sm" c="dimmed">
        {formatDateTime(event.at)} by {event.actorName ?? "an account that no longer exists"}
      </Text>
      {event.reason ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          Reason: {event.reason}
        </Text>
      ) : null}
      {event.interviewScores ? (
        <div>
          <Text size="sm" fw={600}>
            Interview scores (1 to 5)
          </Text>
          <List size="sm" spacing={2}>
            {INTERVIEW_RUBRIC.map((key) => {
              const score = event.interviewScores?.[key] ?? 0;
              return (
                <List.Item key={key}>
                  {RUBRIC_LABELS[key]}: {score} ({SCORE_LABELS[score - 1]})
                </List.Item>
              );
            })}
          </List>
        </div>
      ) : null}
      {event.verification ? (
        <Text size="sm">
          Background verification {event.verification.outcome} (verified by {event.verification.verifiedBy})
        </Text>
      ) : null}
    </Stack>
  );
}

/** Every step so far, oldest first, with who made it and why. */
export function ApplicationHistory({ history }: { history: Event[] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h3" id="history-heading" mb="md">
        History
      </Title>
      {history.length === 0 ? (
        <Text c="dimmed">No steps recorded yet.</Text>
      ) : (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
          {history.map((event) => (
            <EventItem key={`${event.at}-${event.to}`} event={event} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
