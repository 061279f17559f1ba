import { Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { ProposeSessionRequestSchema, SESSION_MODE_LABELS, SessionModeSchema } from "@mentalverse/shared";
import { useState } from "react";
import { Link } from "react-router";
import { z } from "zod";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { DURATIONS } from "./session-labels.js";
import { useProposeSession } from "./sessions-queries.js";
import { todayInZone, zonedToUtcIso } from "./zoned-time.js";

// startsAt is not typed in directly, but the server's reasons for it (such as "in the past") belong beside the date.
const EMPTY = { date: "", time: "", startsAt: "", durationMinutes: "60", mode: "video", agenda: "" };

const WallClockSchema = z.object({
  date: z.iso.date("Pick a date"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Pick a time"),
});

/** Suggests a time on the viewer's own clock; the other member then confirms it. */
export function ScheduleSessionForm({
  relationshipId,
  zone,
  zoneFromProfile,
}: {
  relationshipId: string;
  zone: string;
  zoneFromProfile: boolean;
}) {
  const form = useZodForm(EMPTY);
  const propose = useProposeSession(relationshipId);
  const [saved, setSaved] = useState(false);
  const v = form.values;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.parse(WallClockSchema)) return;
    const agenda = v.agenda.trim();
    const body = form.parse(ProposeSessionRequestSchema, {
      startsAt: zonedToUtcIso(v.date, v.time, zone) ?? "",
      durationMinutes: Number(v.durationMinutes),
      mode: v.mode,
      ...(agenda ? { agenda } : {}),
    });
    if (!body) return;
    propose.mutate(body, {
      onError: form.fail,
      onSuccess: () => {
        form.reset(EMPTY);
        setSaved(true);
      },
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Schedule a session">
      <Stack gap="sm">
        <Text size="sm">
          Times are in your time zone, <b>{zone}</b>. Your partner sees the session in theirs and confirms it.
        </Text>
        {zoneFromProfile ? null : (
          <Text size="sm" c="dimmed">
            This is your browser's time zone. Set yours in your{" "}
            <Anchor component={Link} to="/profile" size="sm">
              matching profile
            </Anchor>{" "}
            so your partner and reminders show your local time too.
          </Text>
        )}
        <ErrorAlert error={form.formError} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label="Session date"
            min={todayInZone(zone)}
            {...form.text("date")}
            error={form.errors.date ?? form.errors.startsAt}
          />
          <TextInput type="time" label="Session time" step={300} {...form.text("time")} />
        </Group>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label="Duration"
            data={DURATIONS.map((m) => ({ value: String(m), label: `${m} minutes` }))}
            value={v.durationMinutes}
            onChange={(event) => form.setValue("durationMinutes", event.currentTarget.value)}
            error={form.errors.durationMinutes}
          />
          <NativeSelect
            label="How you will meet"
            data={SessionModeSchema.options.map((mode) => ({ value: mode, label: SESSION_MODE_LABELS[mode] }))}
            value={v.mode}
            onChange={(event) => form.setValue("mode", event.currentTarget.value)}
            error={form.errors.mode}
          />
        </Group>
        <Textarea
          label="Agenda (optional)"
          description="What you would like to talk about. Both of you see it."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.text("agenda")}
        />
        <Group gap="sm">
          <Button type="submit" loading={propose.isPending}>
            Schedule session
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Session suggested. Your partner will be asked to confirm it." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
