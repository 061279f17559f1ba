import { Group, Select, Stack, Switch, Text, TextInput } from "@mantine/core";
import type { QuietHours } from "@mentalverse/shared";
import { useMemo } from "react";
import { localTimeIn, timeZoneOptions } from "../profile/time-zones.js";
import { PROFILE_ZONE, zoneFromSelect, zoneSelectValue } from "./draft.js";

interface QuietHoursSectionProps {
  value: QuietHours;
  onChange: (value: QuietHours) => void;
  profileTimeZone: string | null;
  errors: Record<string, string>;
}

/** Quiet hours hold emails back until they end; the app still shows everything at once. */
export function QuietHoursSection({ value, onChange, profileTimeZone, errors }: QuietHoursSectionProps) {
  const zones = useMemo(() => timeZoneOptions(value.timeZone ?? ""), [value.timeZone]);
  const profileLabel = profileTimeZone
    ? `Same as my matching profile (${profileTimeZone})`
    : "Same as my matching profile (not set, so UTC)";
  const data = [{ value: PROFILE_ZONE, label: profileLabel }, ...zones.map((zone) => ({ value: zone, label: zone }))];
  const zone = value.timeZone ?? profileTimeZone ?? "UTC";
  const now = localTimeIn(zone);

  return (
    <Stack gap="md">
      <Text size="sm">
        During quiet hours we hold emails back and send them, together, when quiet hours end. Notifications still appear
        in the app straight away. Safety notices are never held back.
      </Text>
      <Switch
        label="Hold emails during quiet hours"
        checked={value.enabled}
        onChange={(event) => onChange({ ...value, enabled: event.currentTarget.checked })}
      />
      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput
          type="time"
          label="Quiet from"
          value={value.start}
          disabled={!value.enabled}
          onChange={(event) => onChange({ ...value, start: event.currentTarget.value })}
          error={errors["quietHours.start"]}
          w={140}
        />
        <TextInput
          type="time"
          label="Quiet until"
          value={value.end}
          disabled={!value.enabled}
          onChange={(event) => onChange({ ...value, end: event.currentTarget.value })}
          error={errors["quietHours.end"]}
          w={140}
        />
      </Group>
      <Select
        label="Time zone for quiet hours"
        description={now ? `It is ${now} in ${zone} now.` : undefined}
        searchable
        data={data}
        value={zoneSelectValue(value.timeZone)}
        onChange={(selected) => onChange({ ...value, timeZone: zoneFromSelect(selected) })}
        allowDeselect={false}
        nothingFoundMessage="No time zone by that name"
        maxDropdownHeight={280}
        error={errors["quietHours.timeZone"]}
        comboboxProps={{ withinPortal: true }}
      />
    </Stack>
  );
}
