import { Card, SimpleGrid, Text } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";
import type { ReactNode } from "react";
import { formatDateTime } from "../../lib/format.js";
import { CaseStatusBadge, RiskBadge } from "./RiskBadge.js";

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function holdText(hold: SafetyCaseDetail["matchingHold"]): string {
  return hold.active ? `On hold since ${formatDateTime(hold.since)}` : "Not on hold: the member can be matched";
}

export function CaseOverview({ safetyCase: c }: { safetyCase: SafetyCaseDetail }) {
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
        <Field term="Risk">
          <RiskBadge risk={c.risk} />
        </Field>
        <Field term="Case status">
          <CaseStatusBadge status={c.status} />
        </Field>
        <Field term="Opened">{formatDateTime(c.openedAt)}</Field>
        <Field term="Assigned to">
          {c.assigneeName ? `${c.assigneeName} (${formatDateTime(c.assignedAt)})` : "Nobody yet"}
        </Field>
        <Field term="Peer matching">{holdText(c.matchingHold)}</Field>
        <Field term="Country">{c.screening.country ?? "Not given"}</Field>
      </SimpleGrid>
    </Card>
  );
}
