import { Button, Group, Select, Stack } from "@mantine/core";
import { LANGUAGE_PROFICIENCY_LEVELS, type LanguageProficiency } from "@mentalverse/shared";
import { useMemo } from "react";
import type { LanguageDraft } from "./draft.js";
import { errorUnder, type FieldErrors } from "./field-errors.js";
import { languageName, languageOptions } from "./languages.js";

const MAX_LANGUAGES = 10;
const PROFICIENCY = LANGUAGE_PROFICIENCY_LEVELS.map((l) => ({ value: l.id, label: `${l.label}: ${l.description}` }));

/** The languages a member can meet in, each with how well they speak it. */
export function LanguagesSection({
  value,
  onChange,
  errors,
}: {
  value: LanguageDraft[];
  onChange: (value: LanguageDraft[]) => void;
  errors: FieldErrors;
}) {
  const codeKey = value.map((l) => l.code).join(",");
  const options = useMemo(() => languageOptions(codeKey.split(",")), [codeKey]);
  const setRow = (index: number, row: LanguageDraft) => onChange(value.map((l, i) => (i === index ? row : l)));
  const listError = errors.languages;
  return (
    <Stack gap="md">
      {value.map((row, index) => {
        const n = index + 1;
        const name = row.code ? languageName(row.code) : `language ${n}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and may share an empty code
          <Group key={index} gap="sm" align="flex-start" wrap="wrap">
            <Select
              style={{ flex: "1 1 12rem" }}
              label={`Language ${n}`}
              searchable
              data={options}
              value={row.code || null}
              onChange={(code) => setRow(index, { ...row, code: code ?? "" })}
              nothingFoundMessage="Not in the list"
              error={errorUnder(errors, `languages.${index}.code`) ?? (index === 0 ? listError : undefined)}
            />
            <Select
              style={{ flex: "1 1 12rem" }}
              label={`How well you speak language ${n}`}
              data={PROFICIENCY}
              value={row.proficiency}
              onChange={(level) => setRow(index, { ...row, proficiency: (level as LanguageProficiency) ?? null })}
              error={errorUnder(errors, `languages.${index}.proficiency`)}
            />
            {value.length > 1 ? (
              <Button
                mt={24}
                variant="subtle"
                color="red.9"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            ) : null}
          </Group>
        );
      })}
      {value.length < MAX_LANGUAGES ? (
        <Group>
          <Button variant="light" onClick={() => onChange([...value, { code: "", proficiency: null }])}>
            Add a language
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
