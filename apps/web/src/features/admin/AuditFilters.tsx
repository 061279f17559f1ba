import { Button, Group, TextInput } from "@mantine/core";
import { AuditListQuerySchema } from "@mentalverse/shared";
import { useEffect } from "react";
import { useZodForm } from "../../components/forms/use-zod-form.js";

const FilterSchema = AuditListQuerySchema.pick({ action: true, actorId: true, subjectId: true });
export type AuditFilterValues = { action: string; actorId: string; subjectId: string };

const withoutEmpty = (values: AuditFilterValues) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ""));

/** Filters applied on submit, after checking ids are well-formed so the server never gets junk. */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply(next: AuditFilterValues): void }) {
  const form = useZodForm(value);
  const { reset } = form;
  useEffect(() => reset(value), [value, reset]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = form.parse(FilterSchema, withoutEmpty(form.values));
    if (parsed)
      onApply({ action: parsed.action ?? "", actorId: parsed.actorId ?? "", subjectId: parsed.subjectId ?? "" });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="Filter audit events">
      <Group align="flex-start" gap="sm" mb="md">
        <TextInput
          label="Action"
          description="For example auth.sign_in"
          style={{ flex: "1 1 180px" }}
          {...form.text("action")}
        />
        <TextInput label="Actor id" description="Who did it" style={{ flex: "1 1 220px" }} {...form.text("actorId")} />
        <TextInput
          label="Subject id"
          description="Whom it was about"
          style={{ flex: "1 1 220px" }}
          {...form.text("subjectId")}
        />
        <Group gap="xs" mt={{ base: 0, sm: 42 }}>
          <Button type="submit">Apply filters</Button>
          <Button variant="default" onClick={() => onApply({ action: "", actorId: "", subjectId: "" })}>
            Clear
          </Button>
        </Group>
      </Group>
    </form>
  );
}
