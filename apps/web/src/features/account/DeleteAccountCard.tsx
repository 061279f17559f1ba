import { Alert, Button, Stack, Text } from "@mantine/core";
import { DeleteAccountRequestSchema, type Me } from "@mentalverse/shared";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { formatDate } from "../../lib/format.js";
import { useCancelDeletion, useScheduleDeletion } from "./mutations.js";

export function DeleteAccountCard({ me }: { me: Me }) {
  const form = useZodForm({ password: "" });
  const schedule = useScheduleDeletion();
  const cancel = useCancelDeletion();

  if (me.deletionScheduledFor) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert color="red" title="Your account is scheduled for deletion" role="status">
          It will be deleted for good on {formatDate(me.deletionScheduledFor)}. Until then you can change your mind.
        </Alert>
        <ErrorAlert error={cancel.error} />
        <Button variant="default" loading={cancel.isPending} onClick={() => cancel.mutate()}>
          Cancel deletion
        </Button>
      </Stack>
    );
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(DeleteAccountRequestSchema);
    if (body) schedule.mutate(body.password, { onError: form.fail, onSuccess: () => form.reset() });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="delete-heading">
      <Stack gap="md" align="flex-start">
        <Text>
          Deleting your account removes your profile and everything linked to it. It is not immediate: there is a grace
          period, and we show you the exact date once you confirm. You can cancel at any time before then by signing in.
          Consider downloading your data first.
        </Text>
        <ErrorAlert error={form.formError} />
        <PasswordField
          label="Your password, to confirm"
          autoComplete="current-password"
          w="100%"
          maw={420}
          {...form.text("password")}
        />
        <Button type="submit" color="red.9" loading={schedule.isPending}>
          Delete my account
        </Button>
      </Stack>
    </form>
  );
}
