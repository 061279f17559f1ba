import { Button, Group, Stack, Text } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useAssignCase } from "./queries.js";

/** Takes the case; the server assigns it to the caller and records who had it before. */
export function AssignToMe({ safetyCase, myId }: { safetyCase: SafetyCaseDetail; myId: string }) {
  const assign = useAssignCase(safetyCase.id);
  if (safetyCase.assigneeId === myId) return <Text>This case is assigned to you.</Text>;
  return (
    <Stack>
      <ErrorAlert error={assign.error} />
      <Group gap="sm">
        <Button onClick={() => assign.mutate({})} loading={assign.isPending}>
          Assign to me
        </Button>
        <Text size="sm">
          {safetyCase.assigneeName
            ? `Currently assigned to ${safetyCase.assigneeName}.`
            : "Nobody has taken this case yet."}
        </Text>
      </Group>
    </Stack>
  );
}
