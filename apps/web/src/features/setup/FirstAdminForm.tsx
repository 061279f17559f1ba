import { Button, Stack, TextInput } from "@mantine/core";
import { CreateFirstAdminRequestSchema } from "@mentalverse/shared";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PasswordField } from "../../components/forms/PasswordField.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { passwordDescription } from "../auth/PasswordHint.js";
import { useCreateFirstAdmin } from "./queries.js";

export function FirstAdminForm({ token }: { token: string }) {
  const form = useZodForm({ token, email: "", password: "", displayName: "" });
  const create = useCreateFirstAdmin();
  const navigate = useNavigate();

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(CreateFirstAdminRequestSchema, { ...form.values, token: form.values.token.trim() });
    if (body) create.mutate(body, { onError: form.fail, onSuccess: () => navigate("/admin/users", { replace: true }) });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <TextInput
          label="Setup token"
          description="Printed in the server log when it started. It works once."
          autoComplete="off"
          spellCheck={false}
          {...form.text("token")}
        />
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
          description="Shown to members when you act as staff."
          {...form.text("displayName")}
        />
        <Button type="submit" loading={create.isPending}>
          Create administrator
        </Button>
      </Stack>
    </form>
  );
}
