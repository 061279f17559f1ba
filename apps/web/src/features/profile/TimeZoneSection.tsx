import { Select } from "@mantine/core";
import { useMemo } from "react";
import type { SectionProps } from "./ProfileSection.js";
import { localTimeIn, timeZoneOptions } from "./time-zones.js";

/** The member's IANA zone; availability hours are on this zone's clock. */
export function TimeZoneSection({ value, onChange, error }: SectionProps<string>) {
  const options = useMemo(() => timeZoneOptions(value), [value]);
  const local = value ? localTimeIn(value) : null;
  return (
    <Select
      label="Choose your time zone"
      description={local ? `It is ${local} there now.` : "Type a city or region to search."}
      searchable
      data={options}
      value={value || null}
      onChange={(zone) => onChange(zone ?? "")}
      nothingFoundMessage="No time zone by that name"
      maxDropdownHeight={280}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
