import { Anchor, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { SignUpRequestSchema } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useSignUp } from "./mutations.js";
import { passwordDescription } from "./PasswordHint.js";
import { suggestPseudonym } from "./pseudonym.js";

export function SignUpForm() {
  const form = useZodForm({ email: "", password: "", displayName: "", realName: "" });
  const signUp = useSignUp();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { realName, ...rest } = form.values;
    const body = form.parse(SignUpRequestSchema, { ...rest, ...(realName.trim() ? { realName } : {}) });
    if (body) signUp.mutate(body, { onError: form.fail });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <TextInput label="Email" type="email" autoComplete="email" {...form.text("email")} />
        <PasswordField
          label="Password"
          autoComplete="new-password"
          description={passwordDescription(form.values.password)}
          {...form.text("password")}
        />
        <TextInput
          label="Display name"
          autoComplete="nickname"
          description="The only name other members see. A pseudonym works well; you can change it later."
          {...form.text("displayName")}
        />
        <Group gap="xs" mt={-8}>
          <Button variant="subtle" size="compact-sm" onClick={() => form.setValue("displayName", suggestPseudonym())}>
            Suggest a pseudonym
          </Button>
        </Group>
        <TextInput
          label="Real name (optional)"
          autoComplete="name"
          description="Never shown to peers. Only administrators can see it, when supporting your account."
          {...form.text("realName")}
        />
        <Text size="sm">
          MentalVerse is peer support from people with lived experience. It is not therapy, crisis care or an emergency
          service.
        </Text>
        <Button type="submit" loading={signUp.isPending}>
          Sign up
        </Button>
        <Text size="sm">
          Already a member?{" "}
          <Anchor component={Link} to="/sign-in">
            Sign in instead
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
