import { Anchor, Stack, Text } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { useRelationship } from "../../features/relationships/queries.js";
import { RelationshipActions } from "../../features/relationships/RelationshipActions.js";
import { RelationshipSummary } from "../../features/relationships/RelationshipSummary.js";
import { RelationshipTabs } from "../../features/relationships/RelationshipTabs.js";
import { RematchOffer } from "../../features/relationships/RematchOffer.js";

function Relationship({ relationship: r }: { relationship: RelationshipDetail }) {
  const title = r.yourRole === "mentee" ? `Your mentor ${r.mentor.displayName}` : `Your mentee ${r.mentee.displayName}`;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <PageHeader title={title} docTitle="Relationship" />
        <RelationshipSummary relationship={r} />
      </div>
      <RematchOffer relationship={r} />
      <RelationshipTabs relationship={r} />
      <RelationshipActions relationship={r} />
      <Text size="sm" c="dimmed">
        Peer mentoring is support between equals, not therapy or crisis care. If either of you is in danger, use the
        crisis lines on the{" "}
        <Anchor component={Link} to="/help" size="sm">
          Help page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

export function RelationshipPage() {
  const { id = "" } = useParams();
  const query = useRelationship(id);
  return (
    <QueryState query={query} label="Loading the relationship">
      {(relationship) => <Relationship relationship={relationship} />}
    </QueryState>
  );
}
