import { Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { MentorApplicationDetail } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { formatDate, formatDateTime, plural } from "../../lib/format.js";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge.js";
import { mentorTypeLabel, specialisationLabel } from "./labels.js";

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

function monthsSince(iso: string, now = new Date()): number {
  const since = new Date(iso);
  const months = (now.getUTCFullYear() - since.getUTCFullYear()) * 12 + now.getUTCMonth() - since.getUTCMonth();
  return Math.max(0, now.getUTCDate() < since.getUTCDate() ? months - 1 : months);
}

function stableFor(iso: string): string {
  const months = monthsSince(iso);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? plural(years, "year") : "", rest || !years ? plural(rest, "month") : ""].filter(Boolean);
  return `Since ${formatDate(iso)} (${parts.join(" and ")})`;
}

/** Everything the applicant wrote, for the supervisor deciding on it. */
export function ApplicationDetails({ application: a }: { application: MentorApplicationDetail }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="application-heading">
      <Title order={2} size="h3" id="application-heading" mb="md">
        Application
      </Title>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          <Field term="Status">
            <ApplicationStatusBadge status={a.status} />
          </Field>
          <Field term="In this status since">{formatDateTime(a.statusChangedAt)}</Field>
          <Field term="Mentor types">{a.mentorTypes.map(mentorTypeLabel).join(", ")}</Field>
          <Field term="Applied">{formatDateTime(a.createdAt)}</Field>
          <Field term="Stable recovery or management">{stableFor(a.stableSince)}</Field>
          <Field term="Capacity">
            {plural(a.capacity, "mentee")} at a time
            {a.pauseNewMatches ? " (new matches paused)" : ""}
          </Field>
        </SimpleGrid>
        <dl style={{ margin: 0 }}>
          <Stack gap="md">
            <Field term="Specialisations">{a.specialisations.map(specialisationLabel).join(", ")}</Field>
            <Field term="Lived experience">{a.livedExperience}</Field>
            <Field term="Boundaries">{a.boundaries}</Field>
          </Stack>
        </dl>
        <div>
          <Title order={3} size="h4" mb="xs">
            References
          </Title>
          <List spacing="xs">
            {a.references.map((r) => (
              <List.Item key={`${r.name}-${r.contact}`}>
                <Text span fw={600}>
                  {r.name}
                </Text>{" "}
                ({r.relationship}):{" "}
                <Text span style={{ overflowWrap: "anywhere" }}>
                  {r.contact}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      </Stack>
    </Card>
  );
}
