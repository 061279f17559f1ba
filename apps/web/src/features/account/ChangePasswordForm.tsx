import { Button, Group, Stack, Text } from "@mantine/core";
import { ChangePasswordRequestSchema } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { passwordDescription } from "../auth/PasswordHint.js";
import { useChangePassword } from "./mutations.js";

export function ChangePasswordForm() {
  const form = useZodForm({ currentPassword: "", newPassword: "" });
  const change = useChangePassword();
  const [done, setDone] = useState(false);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const body = form.parse(ChangePasswordRequestSchema);
    if (!body) return;
    change.mutate(body, {
      onError: form.fail,
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="password-heading">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <PasswordField label="Current password" autoComplete="current-password" {...form.text("currentPassword")} />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          description={passwordDescription(form.values.newPassword)}
          {...form.text("newPassword")}
        />
        <Group gap="sm">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {done ? "Password changed. Other devices have been signed out." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
