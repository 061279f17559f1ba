import { Stack, Text } from "@mantine/core";
import type { MentoringSessionListResponse } from "@mentalverse/shared";
import { Loading } from "../../components/Loading.js";
import { QueryState } from "../../components/QueryState.js";
import { useMe } from "../auth/session.js";
import { useOwnProfile } from "../profile/queries.js";
import { PanelSection } from "./PanelSection.js";
import { ReadOnlyNote } from "./ReadOnlyNote.js";
import { ScheduleSessionForm } from "./ScheduleSessionForm.js";
import { SessionCard, type SessionView } from "./SessionCard.js";
import { splitSessions } from "./session-labels.js";
import { useSessions } from "./sessions-queries.js";
import { browserTimeZone } from "./zoned-time.js";

function Sessions({ data, view }: { data: MentoringSessionListResponse; view: SessionView }) {
  const { upcoming, past } = splitSessions(data.sessions, view.now);
  return (
    <Stack gap="lg">
      {data.canWrite ? (
        <PanelSection title="Schedule a session">
          <ScheduleSessionForm
            relationshipId={view.relationshipId}
            zone={view.zone}
            zoneFromProfile={view.zoneFromProfile}
          />
        </PanelSection>
      ) : (
        <ReadOnlyNote />
      )}
      <PanelSection title="Upcoming sessions">
        {upcoming.length === 0 ? <Text c="dimmed">No upcoming sessions.</Text> : null}
        {upcoming.map((session) => (
          <SessionCard key={session.id} session={session} view={view} />
        ))}
      </PanelSection>
      <PanelSection title="Past sessions">
        {past.length === 0 ? <Text c="dimmed">No past sessions yet.</Text> : null}
        {past.map((session) => (
          <SessionCard key={session.id} session={session} view={view} />
        ))}
      </PanelSection>
    </Stack>
  );
}

/**
 * Sessions on the viewer's own clock: the time zone of their matching profile (the one the server
 * and the partner's view use), or the browser's when they have not set one.
 */
export function SessionsPanel({ relationshipId }: { relationshipId: string }) {
  const me = useMe();
  const query = useSessions(relationshipId);
  const profile = useOwnProfile();
  // Waiting for the profile keeps the zone from changing under a time being typed.
  if (profile.isPending) return <Loading label="Loading sessions" />;
  const zone = profile.data?.timeZone ?? browserTimeZone();
  return (
    <QueryState query={query} label="Loading sessions">
      {(data) => (
        <Sessions
          data={data}
          view={{
            relationshipId,
            myId: me.id,
            zone,
            zoneFromProfile: Boolean(profile.data?.timeZone),
            canWrite: data.canWrite,
            now: Date.now(),
          }}
        />
      )}
    </QueryState>
  );
}
