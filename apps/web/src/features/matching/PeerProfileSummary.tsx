import { List, Text } from "@mantine/core";
import type { MatchProfile } from "@mentalverse/shared";
import {
  challengeLabel,
  communicationStyleLabel,
  durationLabel,
  intensityLabel,
  recoveryStageLabel,
  supportTypeLabel,
  technologyLabel,
  valueLabel,
} from "./labels.js";

interface Row {
  label: string;
  value: string;
}

function rowsOf(profile: MatchProfile): Row[] {
  const rows: Row[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) rows.push({ label, value });
  };
  add(
    "Lived experience",
    profile.challenges?.map((c) => (c.primary ? `${challengeLabel(c.id)} (main)` : challengeLabel(c.id))).join(", "),
  );
  add("Recovery stage", profile.recoveryStage && recoveryStageLabel(profile.recoveryStage));
  add("Goals", profile.goals?.join("; "));
  add("Communication style", profile.communicationStyle && communicationStyleLabel(profile.communicationStyle));
  add("Values", profile.topValues?.map(valueLabel).join(", "));
  add("Time zone", profile.timeZone);
  add("Languages", profile.languages?.map((l) => `${l.code} (${l.proficiency})`).join(", "));
  add("Support", profile.supportTypes?.map(supportTypeLabel).join(", "));
  add("Meeting", profile.intensity && intensityLabel(profile.intensity));
  add("For", profile.expectedDuration && durationLabel(profile.expectedDuration));
  add("Technology", profile.technologyComfort && technologyLabel(profile.technologyComfort));
  add("Story", profile.story);
  return rows;
}

/** Only what the peer chose to share with a match; the server leaves out everything private. */
export function PeerProfileSummary({ profile }: { profile: MatchProfile }) {
  const rows = rowsOf(profile);
  if (rows.length === 0) return <Text c="dimmed">{profile.displayName} has not shared profile details.</Text>;
  return (
    <List spacing={4} size="sm" listStyleType="none" p={0}>
      {rows.map((row) => (
        <List.Item key={row.label}>
          <Text span fw={600} size="sm">
            {row.label}:
          </Text>{" "}
          {row.value}
        </List.Item>
      ))}
    </List>
  );
}
