import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { QueryState } from "../../components/QueryState.js";
import { PeerProfileSummary } from "./PeerProfileSummary.js";
import { useChooseOption, useMyOptions } from "./queries.js";
import { ReasonList } from "./ReasonList.js";

const STATUS_TEXT = {
  in_review: "A match reviewer is looking at these options. You can still choose the one you prefer.",
  offered: "An introduction has been offered. See your match offers below.",
  matched: "You have been matched.",
  closed: "These options have closed.",
} as const;

/** A mentee's up-to-three mentor options, with reasons; choosing one sends it to a human reviewer. */
export function MentorOptions() {
  const options = useMyOptions();
  const choose = useChooseOption();
  return (
    <Stack component="section" aria-labelledby="options-heading" gap="sm">
      <Title order={2} size="h3" id="options-heading">
        Your mentor options
      </Title>
      <QueryState query={options} label="Loading your options">
        {({ proposal }) =>
          proposal === null ? (
            <Text>
              No options yet. Options appear here once your matching profile is complete and your safety check is done;
              a new member usually gets options within a minute. If your matching is on hold, someone from the safety
              team will talk with you first.
            </Text>
          ) : (
            <Stack gap="sm">
              <Text>{STATUS_TEXT[proposal.status]}</Text>
              {choose.error ? <ErrorAlert error={choose.error} /> : null}
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {proposal.options.map((option) => {
                  const chosen = proposal.chosenOptionId === option.id;
                  return (
                    <Card
                      key={option.id}
                      withBorder
                      padding="md"
                      component="article"
                      aria-label={option.mentor.displayName}
                    >
                      <Stack gap="xs">
                        <Group justify="space-between" wrap="nowrap">
                          <Title order={3} size="h4">
                            {option.mentor.displayName}
                          </Title>
                          {chosen ? (
                            <Badge color="teal.8">Your choice</Badge>
                          ) : (
                            <Badge variant="light">Option {option.rank}</Badge>
                          )}
                        </Group>
                        <Text fw={600} size="sm">
                          Why this mentor
                        </Text>
                        <ReasonList reasons={option.reasons} label={`Why ${option.mentor.displayName}`} />
                        <PeerProfileSummary profile={option.mentor} />
                        {proposal.status === "in_review" && !chosen ? (
                          <Button
                            onClick={() => choose.mutate(option.id)}
                            loading={choose.isPending && choose.variables === option.id}
                          >
                            Choose {option.mentor.displayName}
                          </Button>
                        ) : null}
                      </Stack>
                    </Card>
                  );
                })}
              </SimpleGrid>
              {proposal.chosenOptionId ? (
                <Alert color="blue" title="Choice sent">
                  A match reviewer checks every match before an introduction is offered. Choosing counts as your yes;
                  the mentor then has a few days to accept.
                </Alert>
              ) : null}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
