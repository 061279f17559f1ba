import { Select, Text } from "@mantine/core";
import { useState } from "react";
import { QueryState } from "../../components/QueryState.js";
import { percent } from "../matching/labels.js";
import { useOverrideCandidates, useReviewAction } from "./queries.js";
import { ReasonForm } from "./ReasonForm.js";

/** Override: pick another mentor from those who pass every hard constraint for this mentee right now. */
export function OverrideForm({ proposalId, onDone }: { proposalId: string; onDone: () => void }) {
  const candidates = useOverrideCandidates(proposalId, true);
  const override = useReviewAction(proposalId, "override");
  const [mentorId, setMentorId] = useState<string | null>(null);
  return (
    <QueryState query={candidates} label="Finding mentors who fit">
      {({ candidates: list }) =>
        list.length === 0 ? (
          <Text>No other mentor passes the hard constraints for this mentee right now.</Text>
        ) : (
          <ReasonForm
            label="Why override?"
            submitLabel="Override with this mentor"
            mutation={override}
            extra={mentorId ? { mentorId } : {}}
            onDone={onDone}
          >
            <Select
              label="Mentor to offer instead"
              required
              value={mentorId}
              onChange={setMentorId}
              data={list.map((c) => ({
                value: c.mentor.id,
                label: `${c.mentor.displayName} (${percent(c.breakdown.total)})`,
              }))}
            />
          </ReasonForm>
        )
      }
    </QueryState>
  );
}
