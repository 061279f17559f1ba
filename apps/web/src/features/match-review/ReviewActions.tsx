import { Button, Card, Group, SegmentedControl, Stack, Title } from "@mantine/core";
import type { MatchProposal } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { OverrideForm } from "./OverrideForm.js";
import { useReviewAction } from "./queries.js";
import { ReasonForm } from "./ReasonForm.js";

type Mode = "approve" | "reject" | "override" | "flag";

/** The reviewer's four decisions; everything but approval needs a written reason. */
export function ReviewActions({ proposal }: { proposal: MatchProposal }) {
  const [mode, setMode] = useState<Mode>("approve");
  const approve = useReviewAction(proposal.id, "approve");
  const reject = useReviewAction(proposal.id, "reject");
  const flag = useReviewAction(proposal.id, "flag");
  const selected = proposal.options.find((o) => o.id === proposal.selectedOptionId);
  const reset = () => setMode("approve");
  return (
    <Card withBorder component="section" aria-labelledby="decide-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="decide-heading">
          Your decision
        </Title>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as Mode)}
          aria-label="Decision"
          data={[
            { value: "approve", label: "Approve" },
            { value: "reject", label: "Reject" },
            { value: "override", label: "Override" },
            { value: "flag", label: "Flag" },
          ]}
        />
        {mode === "approve" ? (
          <Stack gap="xs">
            {approve.error ? <ErrorAlert error={approve.error} /> : null}
            <Group>
              <Button
                disabled={!selected}
                loading={approve.isPending}
                onClick={() => approve.mutate(selected ? { optionId: selected.id } : {})}
              >
                {selected ? `Approve match with ${selected.mentor.displayName}` : "No open option to approve"}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {mode === "reject" ? (
          <ReasonForm
            label="Why reject?"
            submitLabel="Reject proposal"
            color="red.8"
            mutation={reject}
            onDone={reset}
          />
        ) : null}
        {mode === "override" ? <OverrideForm proposalId={proposal.id} onDone={reset} /> : null}
        {mode === "flag" ? (
          <ReasonForm
            label="What needs special consideration?"
            submitLabel="Flag for special consideration"
            mutation={flag}
            onDone={reset}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
