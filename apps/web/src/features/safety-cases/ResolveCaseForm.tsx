import { Button, Checkbox, Group, Stack, Text, Textarea } from "@mantine/core";
import { ResolveSafetyCaseRequestSchema, type SafetyCaseDetail } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useResolveCase } from "./queries.js";

/**
 * Closing a case and lifting the hold are separate decisions: resolving alone keeps the member out
 * of matching, so the reviewer must tick the box to let them be matched again.
 */
export function ResolveCaseForm({ safetyCase }: { safetyCase: SafetyCaseDetail }) {
  const form = useZodForm({ note: "", clearMatchingHold: false });
  const resolve = useResolveCase(safetyCase.id);
  const held = safetyCase.matchingHold.active;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(ResolveSafetyCaseRequestSchema, {
      ...form.values,
      clearMatchingHold: held && form.values.clearMatchingHold,
    });
    if (!body) return;
    resolve.mutate(body, { onError: form.fail });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="resolve-heading">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <Textarea
          label="Resolution note"
          description="Required. What was done and what was agreed. Seen only by the safety team, never by the member."
          autosize
          minRows={3}
          {...form.text("note")}
        />
        {held ? (
          <Checkbox
            label="Clear the matching hold"
            description="Tick only if you are satisfied that peer matching is safe for this member now. They will be told matching is open again. Leave it unticked to keep the hold after the case is resolved."
            checked={form.values.clearMatchingHold}
            onChange={(event) => form.setValue("clearMatchingHold", event.currentTarget.checked)}
            error={form.errors.clearMatchingHold}
          />
        ) : (
          <Text size="sm">This member has no matching hold, so there is none to clear.</Text>
        )}
        <Group>
          <Button type="submit" loading={resolve.isPending}>
            Resolve case
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
