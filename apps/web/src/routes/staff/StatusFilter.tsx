import { NativeSelect } from "@mantine/core";

interface StatusFilterProps<S extends string> {
  statuses: readonly S[];
  labels: Record<S, string>;
  /** The chosen status, or "all". */
  value: S | "all";
  onChange(next: S | "all"): void;
  description?: string;
}

/** A labelled status filter with an explicit "All statuses" choice. */
export function StatusFilter<S extends string>({
  statuses,
  labels,
  value,
  onChange,
  description,
}: StatusFilterProps<S>) {
  return (
    <NativeSelect
      label="Status"
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as S | "all")}
      data={[...statuses.map((s) => ({ value: s, label: labels[s] })), { value: "all", label: "All statuses" }]}
      maw={320}
      mb="md"
    />
  );
}
