import { Card, List, Stack, Text, Title } from "@mantine/core";
import type { SafetyCaseDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { formatDateTime } from "../../lib/format.js";
import { useScreeningQuestions } from "./queries.js";
import { RiskBadge } from "./RiskBadge.js";

type Screening = SafetyCaseDetail["screening"];

/** "q4" -> "Q4"; the recency follow-up belongs to Q6, as the reasons name it. */
const numberOf = (id: string) => (id === "q6Within3Months" ? "Q6 follow-up" : id.toUpperCase());

const answerText = (value: boolean | null | undefined) =>
  value === true ? "Yes" : value === false ? "No" : "Not asked or not answered";

/** The member's answers beside the exact questions they were asked, and why the level is what it is. */
export function ScreeningAnswers({ screening }: { screening: Screening }) {
  const questions = useScreeningQuestions();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="screening-heading">
      <Title order={2} size="h3" id="screening-heading" mb="xs">
        Screening answers
      </Title>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {questions.data ? `${questions.data.name}. Timeframe: ${questions.data.timeframe.toLowerCase()}. ` : ""}
          {screening.completedAt
            ? `Submitted ${formatDateTime(screening.completedAt)}.`
            : "Not submitted yet: the case was opened from answers saved part-way, so some may be missing."}{" "}
          Country: {screening.country ?? "not given"}.
        </Text>
        <div>
          <Title order={3} size="h4" mb="xs">
            Risk level
          </Title>
          <RiskBadge risk={screening.risk} />
          {screening.reasons.length > 0 ? (
            <List mt="xs" spacing={4} aria-label="Why this risk level">
              {screening.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" mt="xs">
              No answer raised the level.
            </Text>
          )}
        </div>
        <div>
          <Title order={3} size="h4" mb="xs">
            Questions and answers
          </Title>
          {questions.isPending ? <Loading label="Loading the questions" /> : null}
          {questions.isError ? (
            <ErrorAlert error={questions.error} title="Could not load the question wording" />
          ) : null}
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {(questions.data?.questions ?? Object.keys(screening.answers).map((id) => ({ id, text: id }))).map((q) => (
              <li key={q.id}>
                <Text size="sm">
                  <Text span fw={700} size="sm">
                    {numberOf(q.id)}.
                  </Text>{" "}
                  {q.text}
                </Text>
                <Text size="sm" fw={700}>
                  Answer: {answerText(screening.answers[q.id])}
                </Text>
              </li>
            ))}
          </Stack>
        </div>
      </Stack>
    </Card>
  );
}
