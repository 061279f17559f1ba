import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../lib/format.js";
import { BlockedMembers } from "./BlockedMembers.js";
import { phaseLabel } from "./labels.js";
import { useMyRelationships } from "./queries.js";

/**
 * The member's mentoring relationships, each linking to its introduction and to the relationship
 * itself, and below them anyone the member blocked (with Unblock).
 */
export function MyRelationships() {
  const relationships = useMyRelationships();
  return (
    <Stack component="section" aria-labelledby="relationships-heading" gap="sm">
      <Title order={2} size="h3" id="relationships-heading">
        Your matches
      </Title>
      <QueryState query={relationships} label="Loading your matches">
        {({ relationships: list }) =>
          list.length === 0 ? (
            <Text>No matches yet.</Text>
          ) : (
            <List spacing="xs">
              {list.map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`/matches/${r.id}`}>
                    {r.role === "mentee" ? `Your mentor ${r.peerName}` : `Your mentee ${r.peerName}`}
                  </Anchor>{" "}
                  <Text span size="sm" c="dimmed">
                    since {formatDate(r.startedAt)}, {phaseLabel(r.phase).toLowerCase()}
                  </Text>{" "}
                  <Anchor component={Link} to={`/relationships/${r.id}`} size="sm">
                    Open relationship with {r.peerName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
      <BlockedMembers />
    </Stack>
  );
}
