import { Stack, Text } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader.js";
import { hasRole, useMe } from "../../features/auth/session.js";
import { MentorOptions } from "../../features/matching/MentorOptions.js";
import { MyOffers } from "../../features/matching/MyOffers.js";
import { MyRelationships } from "../../features/matching/MyRelationships.js";

export function MatchesPage() {
  const me = useMe();
  return (
    <Stack gap="xl" maw={1100}>
      <PageHeader title="Matches" docTitle="Matches" />
      <Text>
        Matching suggests peers with similar lived experience. A person reviews every match, and nobody is introduced
        until both of you say yes.
      </Text>
      {hasRole(me, "mentee") ? <MentorOptions /> : null}
      <MyOffers />
      <MyRelationships />
    </Stack>
  );
}
