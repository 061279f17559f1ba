import { Alert, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { BreakdownTable } from "../../features/match-review/BreakdownTable.js";
import { useProposal } from "../../features/match-review/queries.js";
import { ReviewActions } from "../../features/match-review/ReviewActions.js";
import { percent } from "../../features/matching/labels.js";
import { ReasonList } from "../../features/matching/ReasonList.js";
import { formatDateTime } from "../../lib/format.js";

const OPTION_STATUS = {
  open: "Open",
  offered: "Offered",
  accepted: "Accepted",
  rejected: "Rejected",
  declined: "Declined",
  expired: "Expired",
} as const;

export function ProposalPage() {
  const { id = "" } = useParams();
  const proposal = useProposal(id);
  return (
    <QueryState query={proposal} label="Loading the proposal">
      {(p) => (
        <Stack gap="lg" maw={1100}>
          <PageHeader title={`Proposed match for ${p.mentee.displayName}`} docTitle="Review a match" />
          {p.flagged ? (
            <Alert color="orange" title="Flagged for special consideration">
              {p.flagReason}
            </Alert>
          ) : null}
          {p.offer ? (
            <Text>
              Offer {p.offer.status}; the window closes {formatDateTime(p.offer.expiresAt)}.
            </Text>
          ) : null}
          {p.status === "in_review" ? (
            <ReviewActions proposal={p} />
          ) : (
            <Text>Status: {p.status.replace("_", " ")}.</Text>
          )}
          {p.options.map((option) => (
            <Card
              key={option.id}
              withBorder
              component="section"
              aria-label={`Option ${option.rank}: ${option.mentor.displayName}`}
            >
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    Option {option.rank}: {option.mentor.displayName} ({percent(option.breakdown.total)})
                  </Title>
                  <Group gap="xs">
                    {p.chosenOptionId === option.id ? <Badge color="teal.8">Mentee's choice</Badge> : null}
                    {option.source === "override" ? <Badge color="grape.8">Reviewer override</Badge> : null}
                    <Badge variant="light">{OPTION_STATUS[option.status]}</Badge>
                  </Group>
                </Group>
                <ReasonList reasons={option.breakdown.reasons} label={`Reasons for ${option.mentor.displayName}`} />
                <Text size="sm">{option.breakdown.sharedHoursPerWeek} shared hours a week.</Text>
                <BreakdownTable
                  breakdown={option.breakdown}
                  caption={`Score breakdown for ${option.mentor.displayName}`}
                />
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
