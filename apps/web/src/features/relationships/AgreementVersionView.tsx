import { List, SimpleGrid, Stack, Text } from "@mantine/core";
import type { AgreementTerms, RelationshipDetail } from "@mentalverse/shared";
import { formatDateTime } from "../../lib/format.js";

type Version = NonNullable<RelationshipDetail["agreement"]["current"]>;

const TERMS: { key: keyof AgreementTerms; label: string }[] = [
  { key: "meetingFrequency", label: "Meeting frequency" },
  { key: "communicationMethods", label: "Communication methods" },
  { key: "boundaries", label: "Boundaries" },
  { key: "goals", label: "Goals we will work on" },
  { key: "expectedDuration", label: "Expected duration" },
];

/** One version's terms and both signatures, each named, so nobody has to guess who signed. */
export function AgreementVersionView({
  relationship: r,
  version,
}: {
  relationship: RelationshipDetail;
  version: Version;
}) {
  const proposer = version.proposedBy === "mentee" ? r.mentee.displayName : r.mentor.displayName;
  const signature = (name: string, role: string, at: string | null) =>
    at ? `Signed by ${name} (${role}) on ${formatDateTime(at)}` : `Not yet signed by ${name} (${role})`;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Version {version.version}, proposed by {proposer} on {formatDateTime(version.proposedAt)}
      </Text>
      <SimpleGrid cols={1} spacing="xs" component="dl" m={0}>
        {TERMS.map(({ key, label }) => {
          const value = version.terms[key];
          return (
            <div key={key}>
              <Text component="dt" fw={600} size="sm">
                {label}
              </Text>
              <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
                {Array.isArray(value) ? value.join(", ") : value}
              </Text>
            </div>
          );
        })}
      </SimpleGrid>
      <List size="sm" spacing={2} aria-label={`Signatures on version ${version.version}`}>
        <List.Item>{signature(r.mentee.displayName, "mentee", version.menteeSignedAt)}</List.Item>
        <List.Item>{signature(r.mentor.displayName, "mentor", version.mentorSignedAt)}</List.Item>
      </List>
    </Stack>
  );
}
