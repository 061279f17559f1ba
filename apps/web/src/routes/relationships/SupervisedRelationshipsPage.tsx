import { Text } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useSupervisedRelationships } from "../../features/relationships/queries.js";
import { SupervisedTable } from "../../features/relationships/SupervisedTable.js";

export function SupervisedRelationshipsPage() {
  const query = useSupervisedRelationships();
  return (
    <>
      <PageHeader
        title="Supervised relationships"
        description="The mentoring relationships of the mentors you supervise. Private notes and individual survey answers stay with the members."
      />
      <QueryState query={query} label="Loading relationships">
        {({ relationships }) =>
          relationships.length === 0 ? (
            <Text>No relationships of mentors you supervise yet.</Text>
          ) : (
            <SupervisedTable rows={relationships} />
          )
        }
      </QueryState>
    </>
  );
}
