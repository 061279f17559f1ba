import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { MatchingProfileForm } from "../../features/profile/MatchingProfileForm.js";
import { MissingSummary } from "../../features/profile/MissingSummary.js";
import { useOwnProfile } from "../../features/profile/queries.js";

export function MatchingProfilePage() {
  const query = useOwnProfile();
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title="Matching profile"
        description="What we use to suggest a peer who fits you. For each answer, you choose whether your match sees it."
      />
      <Text size="sm">
        Offering to mentor others? Mentors fill in this profile too, then{" "}
        <Anchor component={Link} to="/mentor-application">
          apply to mentor
        </Anchor>
        .
      </Text>
      <QueryState query={query} label="Loading your profile">
        {(profile) => (
          <>
            <MissingSummary profile={profile} />
            <MatchingProfileForm profile={profile} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
