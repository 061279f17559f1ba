import { Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDateTime } from "../../lib/format.js";
import { useMatchRuns, useStartRun } from "./queries.js";

/** Recent match runs and a button to start a batch run over everyone waiting. */
export function RunsPanel() {
  const runs = useMatchRuns();
  const start = useStartRun();
  return (
    <Card withBorder component="section" aria-labelledby="runs-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="runs-heading">
            Match runs
          </Title>
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            Start a batch run
          </Button>
        </Group>
        {start.error ? <ErrorAlert error={start.error} /> : null}
        <QueryState query={runs} label="Loading match runs">
          {({ runs: list }) =>
            list.length === 0 ? (
              <Text>No runs yet.</Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Started</Table.Th>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Proposals</Table.Th>
                      <Table.Th>Unmatched</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((run) => (
                      <Table.Tr key={run.id}>
                        <Table.Td>{formatDateTime(run.createdAt)}</Table.Td>
                        <Table.Td>{run.kind === "batch" ? "Batch" : "One mentee"}</Table.Td>
                        <Table.Td>{run.error ? `Failed: ${run.error}` : run.status}</Table.Td>
                        <Table.Td>{run.stats?.proposals ?? "-"}</Table.Td>
                        <Table.Td>{run.stats?.unmatched ?? "-"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  );
}
