import { Button, Group, Radio, Select, Stack, Text } from "@mantine/core";
import type {
  CrisisResources,
  CssrsAnswersInput,
  MyScreening,
  SubmitScreeningResponseSchema,
} from "@mentalverse/shared";
import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { QueryState } from "../../components/QueryState.js";
import { CrisisResourcesPanel } from "./CrisisResourcesPanel.js";
import { COUNTRY_OPTIONS, guessCountry } from "./countries.js";
import { useSaveScreeningDraft, useScreeningQuestions, useSubmitScreening } from "./queries.js";

type Outcome = z.output<typeof SubmitScreeningResponseSchema>;
type AnswerId = keyof CssrsAnswersInput;
type Answers = Partial<Record<AnswerId, boolean>>;

const FOLLOW_UPS: AnswerId[] = ["q3", "q4", "q5"];

/** The screener's own skip rules: Q3-Q5 after a yes to Q2, the recency question after a yes to Q6. */
function shown(id: string, answers: Answers): boolean {
  if (FOLLOW_UPS.includes(id as AnswerId)) {
    // An answer already given stays visible, so nothing counted is ever hidden from the member.
    return answers.q2 === true || FOLLOW_UPS.some((q) => answers[q] !== undefined);
  }
  if (id === "q6Within3Months") return answers.q6 === true || answers.q6Within3Months !== undefined;
  return true;
}

function fromDraft(draft: MyScreening | undefined): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(draft?.answers ?? {})) {
    if (typeof value === "boolean") out[key as AnswerId] = value;
  }
  return out;
}

/**
 * The C-SSRS screener. Every answer is saved as a draft at once, so the crisis lines appear the
 * moment an answer shows risk and a closed tab loses nothing; only a submit routes it.
 */
export function ScreeningForm({
  draft,
  onSubmitted,
  headingLevel = 2,
}: {
  draft: MyScreening | undefined;
  onSubmitted: (outcome: Outcome) => void;
  headingLevel?: 2 | 3;
}) {
  const questions = useScreeningQuestions();
  const save = useSaveScreeningDraft();
  const submit = useSubmitScreening();
  const [answers, setAnswers] = useState<Answers>(() => fromDraft(draft));
  const [country, setCountry] = useState<string | null>(
    () => draft?.country ?? guessCountry(typeof navigator === "undefined" ? [] : navigator.languages),
  );
  // Once shown, the lines stay for the rest of the visit even if an answer is changed back.
  const [resources, setResources] = useState<CrisisResources | null>(null);

  const saveDraft = (next: Answers, nextCountry: string | null) =>
    save.mutate(
      { answers: next, country: nextCountry ?? undefined },
      { onSuccess: (saved) => saved.crisisResources && setResources(saved.crisisResources) },
    );

  // A resumed draft that already holds a yes gets its crisis lines at once, not at the next answer.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    if (Object.values(answers).some((v) => v === true)) saveDraft(answers, country);
  });

  const answer = (id: AnswerId, value: boolean) => {
    const next = { ...answers, [id]: value };
    setAnswers(next);
    saveDraft(next, country);
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync({ answers, country: country ?? undefined });
      onSubmitted(await submit.mutateAsync({ country: country ?? undefined }));
    } catch {
      // Shown by the ErrorAlerts below.
    }
  };

  return (
    <QueryState query={questions} label="Loading the questions">
      {(data) => (
        <form onSubmit={onSubmit} noValidate aria-label="Safety check">
          <Stack gap="lg">
            <Text>
              These questions ask about the <b>past month</b>, except where a question says otherwise. Answer yes or no.
              Your answers are saved as you go and are seen only by you and our safety team.
            </Text>
            <Select
              label="Your country (for crisis lines)"
              description="So we can show the crisis lines that work where you are."
              data={COUNTRY_OPTIONS}
              value={country}
              onChange={(value) => {
                setCountry(value);
                if (Object.keys(answers).length > 0) saveDraft(answers, value);
              }}
              searchable
              clearable
              allowDeselect={false}
              placeholder="Choose a country"
              maw={360}
            />
            {resources ? <CrisisResourcesPanel resources={resources} headingLevel={headingLevel} /> : null}
            {data.questions
              .filter((q) => shown(q.id, answers))
              .map((q) => {
                const value = answers[q.id as AnswerId];
                return (
                  <Radio.Group
                    key={q.id}
                    label={q.text}
                    description={
                      q.id === "q6" ? "This question is about your whole life, not only the past month." : undefined
                    }
                    value={value === undefined ? null : value ? "yes" : "no"}
                    onChange={(v) => answer(q.id as AnswerId, v === "yes")}
                    name={`screening-${q.id}`}
                  >
                    <Group gap="lg" mt="xs">
                      {data.options.map((option) => (
                        <Radio key={option.label} value={option.value ? "yes" : "no"} label={option.label} />
                      ))}
                    </Group>
                  </Radio.Group>
                );
              })}
            <ErrorAlert error={save.error} title="Your last answer was not saved" />
            <ErrorAlert error={submit.error} />
            <Group>
              <Button type="submit" loading={submit.isPending || save.isPending}>
                Submit safety check
              </Button>
              <Text size="sm" c="dimmed" role="status">
                {save.isSuccess ? "Answers saved." : ""}
              </Text>
            </Group>
          </Stack>
        </form>
      )}
    </QueryState>
  );
}
