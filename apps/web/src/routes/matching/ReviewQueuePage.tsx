import { Anchor, Badge, Checkbox, Stack, Text } from "@mantine/core";
import type { MatchProposal } from "@mentalverse/shared";
import { useState } from "react";
import { Link } from "react-router";
import { PageControls } from "../../components/PageControls.js";
import { PageHeader } from "../../components/PageHeader.js";
import { QueryState } from "../../components/QueryState.js";
import { ResponsiveTable } from "../../components/ResponsiveTable.js";
import { PAGE_SIZE, useReviewQueue } from "../../features/match-review/queries.js";
import { RunsPanel } from "../../features/match-review/RunsPanel.js";
import { percent } from "../../features/matching/labels.js";
import { formatDateTime } from "../../lib/format.js";

const best = (p: MatchProposal) => p.options.find((o) => o.id === p.selectedOptionId) ?? p.options[0];

export function ReviewQueuePage() {
  const [offset, setOffset] = useState(0);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const queue = useReviewQueue({ offset, flagged: flaggedOnly ? "true" : undefined });
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title="Match review" docTitle="Match review" />
      <RunsPanel />
      <Checkbox
        label="Show only flagged for special consideration"
        checked={flaggedOnly}
        onChange={(event) => {
          setFlaggedOnly(event.currentTarget.checked);
          setOffset(0);
        }}
      />
      <QueryState query={queue} label="Loading the review queue">
        {({ proposals, total }) => (
          <>
            {proposals.length === 0 ? (
              <Text>Nothing waiting for review.</Text>
            ) : (
              <ResponsiveTable
                caption="Proposed matches waiting for review, oldest first"
                rows={proposals}
                rowKey={(p) => p.id}
                columns={[
                  {
                    header: "Mentee",
                    cell: (p) => (
                      <Anchor component={Link} to={`/review/matches/${p.id}`}>
                        Review {p.mentee.displayName}
                      </Anchor>
                    ),
                  },
                  { header: "Proposed mentor", cell: (p) => best(p)?.mentor.displayName ?? "None open" },
                  { header: "Score", cell: (p) => (best(p) ? percent(best(p)!.breakdown.total) : "-") },
                  { header: "Mentee chose", cell: (p) => (p.chosenOptionId ? "Yes" : "Not yet") },
                  {
                    header: "Flag",
                    cell: (p) => (p.flagged ? <Badge color="orange.9">Special consideration</Badge> : "None"),
                  },
                  { header: "Proposed", cell: (p) => formatDateTime(p.createdAt) },
                ]}
              />
            )}
            <PageControls offset={offset} limit={PAGE_SIZE} total={total} noun="proposals" onOffsetChange={setOffset} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
