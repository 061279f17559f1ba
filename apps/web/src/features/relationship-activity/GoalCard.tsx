import { Button, Card, Group, Progress, Stack, Text, Title } from "@mantine/core";
import type { MentoringGoal } from "@mentalverse/shared";
import { useId, useState } from "react";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDate } from "../../lib/format.js";
import { GoalForm } from "./GoalForm.js";
import { GOAL_STATUS } from "./goal-labels.js";
import { MilestoneList } from "./MilestoneList.js";
import { ProgressUpdates } from "./ProgressUpdates.js";

/** One goal: where it stands, its milestones and progress updates, and editing. */
export function GoalCard({
  relationshipId,
  goal,
  canWrite,
}: {
  relationshipId: string;
  goal: MentoringGoal;
  canWrite: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const progressId = useId();
  const status = GOAL_STATUS[goal.status];
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: "anywhere" }}>
            {goal.title}
          </Title>
          <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
        </Group>
        {editing ? (
          <GoalForm relationshipId={relationshipId} goal={goal} onDone={() => setEditing(false)} />
        ) : (
          <>
            {goal.description ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {goal.description}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              Added by {goal.createdBy.displayName} on {formatDate(goal.createdAt)}
              {goal.targetDate ? `. Target: ${formatDate(goal.targetDate)}` : ""}
            </Text>
            {canWrite ? (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setEditing(true)}
                  aria-label={`Edit goal: ${goal.title}`}
                >
                  Edit goal
                </Button>
              </Group>
            ) : null}
          </>
        )}
        <div>
          <Text size="sm" id={progressId}>
            {goal.percent}% done
          </Text>
          <Progress value={goal.percent} aria-labelledby={progressId} mt={4} />
        </div>
        <MilestoneList relationshipId={relationshipId} goal={goal} canWrite={canWrite} />
        <ProgressUpdates relationshipId={relationshipId} goal={goal} canWrite={canWrite} />
      </Stack>
    </Card>
  );
}
