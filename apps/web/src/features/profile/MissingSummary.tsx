import { Alert, Anchor, List, Text } from "@mantine/core";
import type { OwnProfile } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";
import { PROFILE_FIELD_LABELS, sectionId } from "./field-labels.js";

/** What the saved profile still lacks; matching needs every field but the story. */
export function MissingSummary({ profile }: { profile: OwnProfile }) {
  const saved = profile.updatedAt ? `Last saved ${formatDateTime(profile.updatedAt)}.` : "Not saved yet.";
  if (profile.complete) {
    return (
      <Alert color="teal" title="Your profile is complete">
        <Text size="sm">{saved} You can change any answer, or who sees it, at any time.</Text>
      </Alert>
    );
  }
  return (
    <Alert color="yellow" title="Your profile is a draft">
      <Text size="sm" mb="xs">
        {saved} You can save part of it now and come back. To be matched, answer:
      </Text>
      <List size="sm" aria-label="Still to answer">
        {profile.missing.map((field) => (
          <List.Item key={field}>
            <Anchor href={`#${sectionId(field)}`}>{PROFILE_FIELD_LABELS[field]}</Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
