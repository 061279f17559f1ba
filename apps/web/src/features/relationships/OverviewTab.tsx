import { Accordion, Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { Link } from "react-router";
import { phaseNumber } from "./labels.js";
import { NextStepLink } from "./NextStepLink.js";
import { PhaseAdvance } from "./PhaseAdvance.js";
import { PhaseChecklist } from "./PhaseChecklist.js";
import { PhaseSteps } from "./PhaseSteps.js";
import { RelationshipHistory } from "./RelationshipHistory.js";

/** Where the pair stands: phase, the suggestion to move on, what to do next, and the shared checklist. */
export function OverviewTab({ relationship: r }: { relationship: RelationshipDetail }) {
  const current = r.checklists.find((c) => c.phase === r.phase.current);
  // Goals of earlier phases can still be ticked; later phases' goals wait until the pair gets there.
  const earlier = r.checklists.filter((c) => phaseNumber(c.phase) < phaseNumber(r.phase.current));
  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="next-step-heading">
        <Title order={2} size="h3" id="next-step-heading" mb="xs">
          Next step
        </Title>
        <Text>{r.nextStep.text}</Text>
        <NextStepLink relationship={r} />
        <Anchor component={Link} to={`/matches/${r.id}`} size="sm" mt="xs" display="block">
          Read your introduction
        </Anchor>
      </Card>
      <Card withBorder component="section" aria-labelledby="phase-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="phase-heading">
            Phase progress
          </Title>
          <PhaseSteps current={r.phase.current} />
          <PhaseAdvance relationship={r} />
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="checklist-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="checklist-heading">
            Shared checklist
          </Title>
          <Text size="sm" c="dimmed">
            Tick a goal when you have both worked on it. Either of you can tick or untick.
          </Text>
          {current ? (
            <PhaseChecklist relationship={r} checklist={current} headingId="checklist-current-heading" />
          ) : null}
          {earlier.length > 0 ? (
            <Accordion variant="separated">
              {earlier.map((checklist) => (
                <Accordion.Item key={checklist.phase} value={checklist.phase}>
                  <Accordion.Control>Earlier phase: {checklist.heading}</Accordion.Control>
                  <Accordion.Panel>
                    <PhaseChecklist
                      relationship={r}
                      checklist={checklist}
                      headingId={`checklist-${checklist.phase}-heading`}
                    />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading" mb="xs">
          History
        </Title>
        <RelationshipHistory events={r.events} />
      </Card>
    </Stack>
  );
}
