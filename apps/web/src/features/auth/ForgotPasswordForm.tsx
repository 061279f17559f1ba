import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { PasswordResetRequestSchema } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useRequestPasswordReset } from "./mutations.js";

/** Always the same confirmation, so the page never reveals whether an address has an account. */
export function ForgotPasswordForm() {
  const form = useZodForm({ email: "" });
  const request = useRequestPasswordReset();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(PasswordResetRequestSchema);
    if (body) request.mutate(body, { onError: form.fail });
  };

  if (request.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="indigo" title="Check your email" role="status">
          If an account uses {request.variables.email}, we have sent it a link to choose a new password. The link works
          once and expires after a short time.
        </Alert>
        <Text size="sm">
          Nothing arrived? Check your spam folder. If this community has no email service set up, ask one of its
          administrators: they can pass the link on to you.
        </Text>
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      </Stack>
    );
  }

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          description="The address you signed up with."
          {...form.text("email")}
        />
        <Button type="submit" loading={request.isPending}>
          Send reset link
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign in
        </Anchor>
      </Stack>
    </form>
  );
}
