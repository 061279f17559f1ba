import { Stack, Text } from "@mantine/core";
import type { CheckInListResponse, CreateCheckInResponse } from "@mentalverse/shared";
import { useState } from "react";
import { QueryState } from "../../components/QueryState.js";
import { useMe } from "../auth/session.js";
import { CheckInForm } from "./CheckInForm.js";
import { CheckInHistory } from "./CheckInHistory.js";
import { CheckInSupport } from "./CheckInSupport.js";
import { useCheckIns } from "./check-ins-queries.js";
import { MoodChart } from "./MoodChart.js";
import { PanelSection } from "./PanelSection.js";
import { ReadOnlyNote } from "./ReadOnlyNote.js";

function CheckIns({ relationshipId, data }: { relationshipId: string; data: CheckInListResponse }) {
  const me = useMe();
  const [justSaved, setJustSaved] = useState<CreateCheckInResponse | null>(null);
  // The answer to one's own very low check-in comes first; the list's notice covers either member.
  const support = justSaved?.support ?? data.support;
  const hasPoints = data.series.some((s) => s.points.length > 0);
  return (
    <Stack gap="lg">
      {support ? <CheckInSupport support={support} askedForScreening={Boolean(justSaved?.support)} /> : null}
      {data.canWrite ? (
        <PanelSection title="Check in">
          <CheckInForm relationshipId={relationshipId} onSaved={setJustSaved} />
        </PanelSection>
      ) : (
        <ReadOnlyNote />
      )}
      <PanelSection title="Mood over time">
        {hasPoints ? <MoodChart series={data.series} /> : <Text c="dimmed">No moods to show yet.</Text>}
      </PanelSection>
      <PanelSection title="Past check-ins">
        <CheckInHistory checkIns={data.checkIns} myId={me.id} />
      </PanelSection>
    </Stack>
  );
}

/** Check-ins for one relationship: the form, any support a low mood calls for, the mood chart and history. */
export function CheckInsPanel({ relationshipId }: { relationshipId: string }) {
  const query = useCheckIns(relationshipId);
  return (
    <QueryState query={query} label="Loading check-ins">
      {(data) => <CheckIns relationshipId={relationshipId} data={data} />}
    </QueryState>
  );
}
