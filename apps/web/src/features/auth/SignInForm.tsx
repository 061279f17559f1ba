import { Anchor, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { SignInRequestSchema } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { isApiError } from "../../lib/api-error.js";
import { useSignIn } from "./mutations.js";

const TITLES: Record<string, string> = {
  invalid_credentials: "Email or password not recognised",
  account_locked: "Sign-in paused for this account",
  rate_limited: "Too many sign-in attempts",
};

export function SignInForm() {
  const form = useZodForm({ email: "", password: "" });
  const signIn = useSignIn();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(SignInRequestSchema);
    if (body) signIn.mutate(body, { onError: form.fail });
  };

  const error = form.formError;
  const title = error ? TITLES[error.code] : undefined;

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} title={title} />
        {isApiError(error, "account_locked") ? (
          <Text size="sm">
            This protects your account from password guessing. If you have forgotten your password you can{" "}
            <Anchor component={Link} to="/forgot-password">
              reset it
            </Anchor>{" "}
            meanwhile.
          </Text>
        ) : null}
        <TextInput label="Email" type="email" autoComplete="email" {...form.text("email")} />
        <PasswordField label="Password" autoComplete="current-password" {...form.text("password")} />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot password?
          </Anchor>
        </Group>
        <Button type="submit" loading={signIn.isPending}>
          Sign in
        </Button>
        <Text size="sm">
          New here?{" "}
          <Anchor component={Link} to="/sign-up">
            Create an account
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
