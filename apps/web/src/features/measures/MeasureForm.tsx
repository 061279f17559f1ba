import { Button, Group, Progress, Radio, Stack, Text } from "@mantine/core";
import type { MeasureDefinition, MeasureResponse } from "@mentalverse/shared";
import { useState } from "react";
import { CrisisBox } from "../../components/CrisisBox.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";

type Answers = Record<string, number | null>;

function fromDraft(draft: MeasureResponse | undefined): Answers {
  return { ...(draft?.answers ?? {}) };
}

/**
 * A questionnaire exactly as published: the stem, every item with its response options, and the
 * unscored difficulty question where the form has one. Saving an incomplete form keeps a draft.
 */
export function MeasureForm({
  def,
  draft,
  saving,
  error,
  onSave,
}: {
  def: MeasureDefinition;
  draft: MeasureResponse | undefined;
  saving: boolean;
  error: unknown;
  onSave: (answers: Answers) => void;
}) {
  const [answers, setAnswers] = useState<Answers>(() => fromDraft(draft));
  const answered = def.items.filter((item) => typeof answers[item.id] === "number").length;
  const complete = answered === def.items.length;
  // Item 9 asks about thoughts of death or self-harm: the crisis lines belong right there, before any save.
  const item9Positive = def.id === "phq9" && (answers.item9 ?? 0) > 0;

  const set = (id: string, value: number) => setAnswers((current) => ({ ...current, [id]: value }));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    onSave(answers);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={def.name}>
      <Stack gap="lg">
        <Text fw={600}>{def.stem}</Text>
        <div>
          <Text size="sm" id="measure-progress-label">
            Answered {answered} of {def.items.length}
          </Text>
          <Progress value={(answered / def.items.length) * 100} aria-labelledby="measure-progress-label" mt={4} />
        </div>
        {def.items.map((item, index) => (
          <Radio.Group
            key={item.id}
            name={`${def.id}-${item.id}`}
            label={`${index + 1}. ${item.text}`}
            value={typeof answers[item.id] === "number" ? String(answers[item.id]) : null}
            onChange={(value) => set(item.id, Number(value))}
          >
            <Stack gap={6} mt="xs">
              {def.options.map((option) => (
                <Radio key={option.value} value={String(option.value)} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        {item9Positive ? <CrisisBox /> : null}
        {def.unscored.map((item) => (
          <Radio.Group
            key={item.id}
            name={`${def.id}-${item.id}`}
            label={item.text}
            description="Optional. Not part of the score."
            value={typeof answers[item.id] === "number" ? String(answers[item.id]) : null}
            onChange={(value) => set(item.id, Number(value))}
          >
            <Stack gap={6} mt="xs">
              {item.options.map((option) => (
                <Radio key={option.value} value={String(option.value)} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={saving}>
            {complete ? "Submit answers" : "Save and finish later"}
          </Button>
          {!complete ? (
            <Text size="sm" c="dimmed">
              Unfinished answers are kept as a draft and never scored.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
