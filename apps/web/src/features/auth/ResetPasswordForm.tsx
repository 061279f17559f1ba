import { Alert, Anchor, Button, Stack, Text } from "@mantine/core";
import { PasswordResetCompleteSchema } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useCompletePasswordReset } from "./mutations.js";
import { passwordDescription } from "./PasswordHint.js";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useZodForm({ password: "" });
  const complete = useCompletePasswordReset();
  const badToken = form.formError?.fieldErrors().token;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(PasswordResetCompleteSchema, { token, password: form.values.password });
    if (body) complete.mutate(body, { onError: form.fail });
  };

  if (complete.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" title="Password changed" role="status">
          Your new password is set. For your safety, any other devices that were signed in have been signed out.
        </Alert>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </Stack>
    );
  }

  if (badToken || token.length < 20) {
    return (
      <Stack gap="md">
        <Alert color="red" title="This reset link can't be used" role="alert">
          It may have expired, been used already, or been copied incompletely. Reset links work once and only for a
          short time.
        </Alert>
        <Text>
          <Anchor component={Link} to="/forgot-password">
            Ask for a new reset link
          </Anchor>
        </Text>
      </Stack>
    );
  }

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          description={passwordDescription(form.values.password)}
          {...form.text("password")}
        />
        <Button type="submit" loading={complete.isPending}>
          Set new password
        </Button>
      </Stack>
    </form>
  );
}
