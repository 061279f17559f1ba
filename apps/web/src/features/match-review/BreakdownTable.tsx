import { Table, Text } from "@mantine/core";
import type { MatchBreakdown } from "@mentalverse/shared";
import { criterionLabel, percent } from "../matching/labels.js";

/** Every criterion's sub-score under its dimension, so a reviewer sees exactly why a pair scored as it did. */
export function BreakdownTable({ breakdown, caption }: { breakdown: MatchBreakdown; caption: string }) {
  const dimensions = Object.entries(breakdown.dimensions);
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Criterion</Table.Th>
            <Table.Th scope="col">Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dimensions.map(([dimension, score]) => [
            <Table.Tr key={dimension}>
              <Table.Th scope="row">{criterionLabel(dimension)}</Table.Th>
              <Table.Td fw={700}>{percent(score)}</Table.Td>
            </Table.Tr>,
            ...breakdown.criteria
              .filter((c) => c.dimension === dimension)
              .map((c) => (
                <Table.Tr key={c.criterion}>
                  <Table.Td pl="lg">{criterionLabel(c.criterion)}</Table.Td>
                  <Table.Td>{percent(c.score)}</Table.Td>
                </Table.Tr>
              )),
          ])}
        </Table.Tbody>
      </Table>
      {breakdown.ruleTotal !== breakdown.total ? (
        <Text size="xs" c="dimmed">
          Rule score {percent(breakdown.ruleTotal)}, blended with the outcome model to {percent(breakdown.total)}.
        </Text>
      ) : null}
    </Table.ScrollContainer>
  );
}
