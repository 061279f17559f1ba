import { Checkbox, Progress, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDate } from "../../lib/format.js";
import { useTickGoal } from "./queries.js";

type Checklist = RelationshipDetail["checklists"][number];
type Goal = Checklist["goals"][number];

function groupsOf(goals: Goal[]): [string, Goal[]][] {
  const groups = new Map<string, Goal[]>();
  for (const goal of goals) groups.set(goal.group, [...(groups.get(goal.group) ?? []), goal]);
  return [...groups];
}

/** One phase's shared goals: either of the pair ticks, and both see who ticked and when. */
export function PhaseChecklist({
  relationship: r,
  checklist,
  headingId,
}: {
  relationship: RelationshipDetail;
  checklist: Checklist;
  headingId: string;
}) {
  const tick = useTickGoal(r.id);
  const canTick = r.status === "active";
  const who = (goal: Goal) => {
    if (!goal.done || !goal.tickedBy) return undefined;
    const name =
      goal.tickedBy === r.yourRole ? "you" : goal.tickedBy === "mentee" ? r.mentee.displayName : r.mentor.displayName;
    return `Ticked by ${name}${goal.tickedAt ? ` on ${formatDate(goal.tickedAt)}` : ""}`;
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {checklist.heading}
      </Title>
      <Text size="sm">
        {checklist.done} of {checklist.total} done
      </Text>
      <Progress
        value={checklist.total ? (checklist.done / checklist.total) * 100 : 0}
        aria-label={`${checklist.heading}: ${checklist.done} of ${checklist.total} done`}
      />
      <ErrorAlert error={tick.error} />
      {groupsOf(checklist.goals).map(([group, goals]) => (
        <fieldset key={group} style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} size="sm" mb={6}>
            {group}
          </Text>
          <Stack gap={8}>
            {goals.map((goal) => (
              <Checkbox
                key={goal.id}
                label={goal.label}
                description={who(goal)}
                checked={goal.done}
                disabled={!canTick || (tick.isPending && tick.variables?.goalId === goal.id)}
                onChange={(event) => tick.mutate({ goalId: goal.id, done: event.currentTarget.checked })}
              />
            ))}
          </Stack>
        </fieldset>
      ))}
    </Stack>
  );
}
