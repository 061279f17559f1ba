import { Fieldset, SimpleGrid, TextInput } from "@mantine/core";
import { errorUnder, type FieldErrors } from "../profile/field-errors.js";
import type { ReferenceDraft } from "./application-draft.js";

type References = [ReferenceDraft, ReferenceDraft];

/** Two people who know you and can speak to your readiness to mentor. */
export function ReferencesFields({
  value,
  onChange,
  errors,
}: {
  value: References;
  onChange: (value: References) => void;
  errors: FieldErrors;
}) {
  const set = (index: 0 | 1, patch: Partial<ReferenceDraft>) => {
    const next: References = [value[0], value[1]];
    next[index] = { ...next[index], ...patch };
    onChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {([0, 1] as const).map((index) => {
        const n = index + 1;
        const err = (field: keyof ReferenceDraft) =>
          errorUnder(errors, `references.${index}.${field}`) ?? (field === "name" ? errors.references : undefined);
        return (
          <Fieldset key={index} legend={`Reference ${n}`}>
            <TextInput
              label={`Reference ${n} name`}
              value={value[index].name}
              onChange={(e) => set(index, { name: e.currentTarget.value })}
              error={err("name")}
            />
            <TextInput
              mt="sm"
              label={`Reference ${n} email or phone`}
              value={value[index].contact}
              onChange={(e) => set(index, { contact: e.currentTarget.value })}
              error={err("contact")}
            />
            <TextInput
              mt="sm"
              label={`How reference ${n} knows you`}
              value={value[index].relationship}
              onChange={(e) => set(index, { relationship: e.currentTarget.value })}
              error={err("relationship")}
            />
          </Fieldset>
        );
      })}
    </SimpleGrid>
  );
}
