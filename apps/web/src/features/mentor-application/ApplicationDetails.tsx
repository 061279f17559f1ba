import { List, Stack, Text } from "@mantine/core";
import { MENTOR_TYPES, type OwnMentorApplication, SPECIALISATION_TREES } from "@mentalverse/shared";
import { formatDate } from "../../lib/format.js";

const SPECIALISATION_LABELS = new Map<string, string>(
  SPECIALISATION_TREES.flatMap((tree) => tree.children.flatMap((g) => g.children.map((l) => [l.id, l.label] as const))),
);

/** What the member applied with, for their own reference. */
export function ApplicationDetails({ application }: { application: OwnMentorApplication }) {
  const types = application.mentorTypes.map((id) => MENTOR_TYPES.find((t) => t.id === id)?.singularLabel ?? id);
  return (
    <Stack gap={6}>
      <Text size="sm">
        <b>Submitted:</b> {formatDate(application.createdAt)}
      </Text>
      <Text size="sm">
        <b>Mentor types:</b> {types.join(", ")}
      </Text>
      <Text size="sm">
        <b>Stable since:</b> {formatDate(application.stableSince)}
      </Text>
      <Text size="sm">
        <b>Mentees at once:</b> {application.capacity}
      </Text>
      <Text size="sm" fw={700}>
        Specialisations:
      </Text>
      <List size="sm">
        {application.specialisations.map((id) => (
          <List.Item key={id}>{SPECIALISATION_LABELS.get(id) ?? id}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
