import { Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDateTime } from "../../lib/format.js";
import { phaseShortName } from "./labels.js";
import { useConfirmPhase } from "./queries.js";

/**
 * The app's suggestion to move on, and both confirmations: the phase only changes once the second
 * of the pair confirms, so each sees whether the other already did. The suggestion is advice; the
 * server lets a pair that feels ready move on early.
 */
export function PhaseAdvance({ relationship: r }: { relationship: RelationshipDetail }) {
  const confirm = useConfirmPhase(r.id);
  const { phase } = r;
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  const yours = r.yourRole === "mentee" ? phase.menteeConfirmedAt : phase.mentorConfirmedAt;
  const theirs = r.yourRole === "mentee" ? phase.mentorConfirmedAt : phase.menteeConfirmedAt;
  if (!phase.next || r.status !== "active") {
    return phase.suggestion ? <Text>{phase.suggestion.text}</Text> : null;
  }
  const next = phaseShortName(phase.next);
  const started = Boolean(phase.suggestion || yours || theirs);
  return (
    <Paper
      withBorder
      p="md"
      bg={started ? "indigo.0" : "gray.0"}
      component="section"
      aria-labelledby="moving-on-heading"
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id="moving-on-heading">
          {phase.suggestion ? `Suggested: move on to ${next}` : `Moving on to ${next}`}
        </Title>
        <Text size="sm">
          {phase.suggestion?.text ??
            "The app suggests moving on when this phase's time is up or its checklist is done. If you both feel ready sooner, you can move on early."}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{yours ? `You confirmed on ${formatDateTime(yours)}.` : "You have not confirmed yet."}</List.Item>
          <List.Item>
            {theirs ? `${peer} confirmed on ${formatDateTime(theirs)}.` : `${peer} has not confirmed yet.`}
          </List.Item>
        </List>
        <ErrorAlert error={confirm.error} />
        {yours ? null : (
          <Group>
            <Button
              variant={started ? "filled" : "default"}
              onClick={() => phase.next && confirm.mutate(phase.next)}
              loading={confirm.isPending}
              h="auto"
              py={8}
              styles={{ label: { whiteSpace: "normal", textAlign: "left" } }}
            >
              Confirm moving to {next}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
