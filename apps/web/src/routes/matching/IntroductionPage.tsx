import { Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { PeerProfileSummary } from "../../features/matching/PeerProfileSummary.js";
import { useIntroduction } from "../../features/matching/queries.js";
import { ReasonList } from "../../features/matching/ReasonList.js";
import { formatDate } from "../../lib/format.js";

export function IntroductionPage() {
  const { relationshipId = "" } = useParams();
  const introduction = useIntroduction(relationshipId);
  return (
    <QueryState query={introduction} label="Loading your introduction">
      {(intro) => {
        const peer = intro.yourRole === "mentee" ? intro.mentor : intro.mentee;
        return (
          <Stack gap="lg" maw={1000}>
            <PageHeader title={`Meet ${peer.displayName}`} docTitle="Introduction" />
            <Text>
              {intro.yourRole === "mentee"
                ? `${peer.displayName} is your peer mentor from ${formatDate(intro.startedAt)}.`
                : `You are ${peer.displayName}'s peer mentor from ${formatDate(intro.startedAt)}.`}{" "}
              You both said yes. Each of you sees only what the other chose to share.
            </Text>
            <Card withBorder component="section" aria-labelledby="why-heading">
              <Title order={2} size="h4" id="why-heading" mb="xs">
                Why you were matched
              </Title>
              <ReasonList reasons={intro.reasons} label="Why you were matched" />
            </Card>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {[intro.mentee, intro.mentor].map((person, index) => (
                <Card key={person.displayName} withBorder component="section" aria-label={person.displayName}>
                  <Title order={2} size="h4" mb="xs">
                    {index === 0 ? `Mentee: ${person.displayName}` : `Mentor: ${person.displayName}`}
                  </Title>
                  <PeerProfileSummary profile={person} />
                </Card>
              ))}
            </SimpleGrid>
            <Card withBorder component="section" aria-labelledby="next-heading">
              <Title order={2} size="h4" id="next-heading" mb="xs">
                Next steps
              </Title>
              <List spacing="xs">
                {intro.nextSteps.map((step) => (
                  <List.Item key={step}>{step}</List.Item>
                ))}
              </List>
            </Card>
            <Text size="sm" c="dimmed">
              Peer mentoring is support between equals, not therapy or crisis care. If either of you is in danger, use
              the crisis lines on the Help page.
            </Text>
          </Stack>
        );
      }}
    </QueryState>
  );
}
