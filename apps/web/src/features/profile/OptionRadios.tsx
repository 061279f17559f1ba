import { Radio, Stack } from "@mantine/core";

interface Option<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly description?: string;
}

/** One choice from a short vocabulary list, each option with its plain description. */
export function OptionRadios<T extends string>({
  label,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error: string | undefined;
}) {
  return (
    <Radio.Group label={label} value={value} onChange={(next) => onChange(next as T)} error={error}>
      <Stack gap="xs" mt="xs">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} label={option.label} description={option.description} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
