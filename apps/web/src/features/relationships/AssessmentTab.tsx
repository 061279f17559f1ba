import { Card, List, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { formatDate } from "../../lib/format.js";
import { FitSurveyForm } from "./FitSurveyForm.js";

/** The week-4 fit check: the survey while open, then the pair's result and what to try. */
export function AssessmentTab({ relationship: r }: { relationship: RelationshipDetail }) {
  const { assessment: a } = r;
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  return (
    <Card withBorder component="section" aria-labelledby="assessment-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="assessment-heading">
          Week-4 fit check
        </Title>
        <Text size="sm">
          Five short questions each of you answers on your own. {peer} never sees your answers; you both see the
          combined result.
        </Text>
        {a.status === "not_open" ? <Text>The fit check opens on {formatDate(a.opensAt)}.</Text> : null}
        {a.status === "open" && !a.youAnswered && r.status === "active" ? (
          <FitSurveyForm relationshipId={r.id} />
        ) : null}
        {a.status === "open" && a.youAnswered ? (
          <Text role="status">Thank you. The result appears when {peer} has answered too.</Text>
        ) : null}
        {a.status === "open" && !a.youAnswered && a.peerAnswered ? <Text size="sm">{peer} has answered.</Text> : null}
        {a.result ? (
          <Stack gap="xs" component="section" aria-labelledby="fit-result-heading">
            <Title order={3} size="h4" id="fit-result-heading">
              Result
            </Title>
            <Text>
              Fit: {a.result.fitScore.toFixed(1)} out of 5 — {a.result.lowFit ? "low fit" : "a good fit"}
            </Text>
            {a.result.suggestions.length > 0 ? (
              <>
                <Text fw={600} size="sm">
                  Things to try
                </Text>
                <List spacing={4} size="sm" aria-label="Things to try">
                  {a.result.suggestions.map((s) => (
                    <List.Item key={s}>{s}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
