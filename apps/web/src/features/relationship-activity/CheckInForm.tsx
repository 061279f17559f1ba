import { Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { CreateCheckInRequestSchema, type CreateCheckInResponse, MOOD_LABELS } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useCreateCheckIn } from "./check-ins-queries.js";
import { MOODS } from "./mood.js";

const EMPTY = { mood: "", note: "" };

/** How you are today, 1 to 5 in words, with an optional note for your partner. */
export function CheckInForm({
  relationshipId,
  onSaved,
}: {
  relationshipId: string;
  onSaved: (saved: CreateCheckInResponse) => void;
}) {
  const form = useZodForm(EMPTY);
  const create = useCreateCheckIn(relationshipId);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const note = form.values.note.trim();
    const body = form.parse(CreateCheckInRequestSchema, {
      mood: form.values.mood ? Number(form.values.mood) : undefined,
      ...(note ? { note } : {}),
    });
    if (!body) return;
    create.mutate(body, {
      onError: form.fail,
      onSuccess: (response) => {
        form.reset(EMPTY);
        setSaved(true);
        onSaved(response);
      },
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Check in">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <Radio.Group
          name="mood"
          label="Mood"
          description="How are you feeling today, from 1 (very low) to 5 (very good)?"
          value={form.values.mood || null}
          onChange={(value) => form.setValue("mood", value)}
          error={form.errors.mood}
        >
          <Stack gap={6} mt="xs">
            {MOODS.map((mood) => (
              <Radio key={mood} value={String(mood)} label={`${mood}: ${MOOD_LABELS[mood]}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Note (optional)"
          description="Your partner sees this note."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.text("note")}
        />
        <Group gap="sm">
          <Button type="submit" loading={create.isPending}>
            Save check-in
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Check-in saved." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
