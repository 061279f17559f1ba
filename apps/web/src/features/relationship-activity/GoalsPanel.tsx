import { Stack, Text } from "@mantine/core";
import type { MentoringGoalListResponse } from "@mentalverse/shared";
import { QueryState } from "../../components/QueryState.js";
import { GoalCard } from "./GoalCard.js";
import { GoalForm } from "./GoalForm.js";
import { useGoals } from "./goals-queries.js";
import { PanelSection } from "./PanelSection.js";
import { ReadOnlyNote } from "./ReadOnlyNote.js";

function Goals({ relationshipId, data }: { relationshipId: string; data: MentoringGoalListResponse }) {
  return (
    <Stack gap="lg">
      {data.canWrite ? null : <ReadOnlyNote />}
      <PanelSection title="Your goals">
        {data.goals.length === 0 ? (
          <Text c="dimmed">No goals yet. Add one below: something you want to work on together.</Text>
        ) : (
          data.goals.map((goal) => (
            <GoalCard key={goal.id} relationshipId={relationshipId} goal={goal} canWrite={data.canWrite} />
          ))
        )}
      </PanelSection>
      {data.canWrite ? (
        <PanelSection title="Add a goal">
          <GoalForm relationshipId={relationshipId} />
        </PanelSection>
      ) : null}
    </Stack>
  );
}

/** The pair's goals: milestones to tick, progress updates, and adding or editing goals. */
export function GoalsPanel({ relationshipId }: { relationshipId: string }) {
  const query = useGoals(relationshipId);
  return (
    <QueryState query={query} label="Loading goals">
      {(data) => <Goals relationshipId={relationshipId} data={data} />}
    </QueryState>
  );
}
