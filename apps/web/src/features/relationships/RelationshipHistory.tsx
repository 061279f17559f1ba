import { List, Text } from "@mantine/core";
import { CloseReasonSchema, type RelationshipDetail, RelationshipPhaseSchema } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";
import { closeReasonLabel, phaseShortName, STATE_LABELS } from "./labels.js";

type Event = RelationshipDetail["events"][number];

const ACTORS: Record<Event["actor"], string> = {
  mentee: "the mentee",
  mentor: "the mentor",
  supervisor: "a supervisor",
  safety: "the safety team",
  admin: "an administrator",
  system: "MentalVerse",
};

/** Steps that change neither state nor phase, named in words; an unknown one shows its own name. */
const ACTIONS: Record<string, string> = {
  agreement_proposed: "Agreement proposed",
  agreement_signed: "Agreement signed",
  confirm_phase: "Confirmed moving on",
  assessment_complete: "Fit check complete",
  graduation_planned: "Graduation plan saved",
  confirm_graduation: "Confirmed graduation",
};

function describe(event: Event): string {
  if (event.action === "start") return "Started: both said yes";
  if (event.toPhase) return `Moved to ${phaseShortName(event.toPhase)}`;
  if (event.toStatus) {
    const reason = CloseReasonSchema.safeParse(event.reason).data;
    return `${STATE_LABELS[event.toStatus]}${reason ? ` (${closeReasonLabel(reason)})` : ""}`;
  }
  if (event.action === "confirm_phase") {
    const phase = RelationshipPhaseSchema.safeParse(event.reason).data;
    if (phase) return `Confirmed moving to ${phaseShortName(phase)}`;
  }
  if (event.action === "agreement_proposed" && event.reason) return `Agreement proposed (${event.reason})`;
  return ACTIONS[event.action] ?? event.action.replaceAll("_", " ");
}

/** Every step of the relationship, with when and by whom. */
export function RelationshipHistory({ events }: { events: Event[] }) {
  if (events.length === 0) return <Text size="sm">Nothing has happened yet.</Text>;
  return (
    <List spacing={4} size="sm" aria-label="History">
      {events.map((event, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history only grows at the end, and two steps may share time and action
        <List.Item key={`${index}-${event.at}-${event.action}`}>
          {formatDateTime(event.at)}: {describe(event)}
          {event.action === "start" ? "" : `, by ${ACTORS[event.actor]}`}
        </List.Item>
      ))}
    </List>
  );
}
