import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { MeasureDefinition, MeasureResponse } from "@mentalverse/shared";
import { Link } from "react-router";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate, plural } from "../../lib/format.js";
import { ABOUT, changeText, type HistoryEntry, reliableChangeExplanation, SHORT_NAMES, scoreText } from "./meaning.js";
import { ScoreChart } from "./ScoreChart.js";

function dueText(entry: HistoryEntry): string {
  if (!entry.nextDueAt) return "Not taken yet: your first one is your baseline.";
  const due = new Date(entry.nextDueAt);
  return due.getTime() <= Date.now() ? "Due now." : `Next due ${formatDate(entry.nextDueAt)}.`;
}

/** One questionnaire: the latest result, change since the baseline, when it is next due, and the chart. */
export function MeasureCard({
  def,
  entry,
  draft,
}: {
  def: MeasureDefinition;
  entry: HistoryEntry;
  draft: MeasureResponse | undefined;
}) {
  const latest = entry.results.at(-1);
  const short = SHORT_NAMES[def.id];
  const headingId = `measure-${def.id}-heading`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {def.name}
        </Title>
        <Text size="sm">{ABOUT[def.id]}</Text>
        {latest ? (
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600}>Latest score: {scoreText(def, latest)}</Text>
              <Text size="sm">on {formatDate(latest.completedAt)}</Text>
            </Group>
            <Text>Band: {latest.bandLabel}</Text>
            <Group gap="xs">
              <Text>{changeText(def, latest)}</Text>
              {latest.change.reliable ? (
                <StatusBadge tone={latest.change.direction === "improved" ? "good" : "warn"}>
                  Reliable change
                </StatusBadge>
              ) : null}
            </Group>
            {!latest.isBaseline ? (
              <Text size="sm" c="dimmed">
                {reliableChangeExplanation(def)}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text>You have not taken the {short} yet.</Text>
        )}
        <Text>{dueText(entry)}</Text>
        {draft ? (
          <Alert color="indigo" title="Unfinished answers saved">
            <Text size="sm">
              {plural(draft.missing.length, "question")} still to answer. Unfinished answers are never scored.
            </Text>
          </Alert>
        ) : null}
        <Group>
          <Button component={Link} to={`/measures/${def.id}`} variant={latest ? "light" : "filled"}>
            {draft ? `Continue the ${short}` : `Take the ${short}`}
          </Button>
        </Group>
        {entry.results.length > 0 ? <ScoreChart def={def} results={entry.results} /> : null}
      </Stack>
    </Card>
  );
}
