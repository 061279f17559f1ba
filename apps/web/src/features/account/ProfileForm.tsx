import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { type Me, UpdateProfileRequestSchema } from "@mentalverse/shared";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { useUpdateProfile } from "./mutations.js";

export function ProfileForm({ me }: { me: Me }) {
  const form = useZodForm({ displayName: me.displayName, realName: me.realName ?? "" });
  const update = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const { reset } = form;

  // Another tab or a refreshed session may change the stored profile; show what the server holds.
  useEffect(() => {
    reset({ displayName: me.displayName, realName: me.realName ?? "" });
  }, [me.displayName, me.realName, reset]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const realName = form.values.realName.trim();
    const body = form.parse(UpdateProfileRequestSchema, {
      displayName: form.values.displayName,
      realName: realName || null,
    });
    if (body) update.mutate(body, { onError: form.fail, onSuccess: () => setSaved(true) });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="profile-heading">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <TextInput
          label="Display name"
          autoComplete="nickname"
          description="The only name other members see."
          {...form.text("displayName")}
        />
        <TextInput
          label="Real name (optional)"
          autoComplete="name"
          description="Never shown to peers; leave empty to remove it. Only administrators can see it."
          {...form.text("realName")}
        />
        <Text size="sm" c="dimmed">
          Email: {me.email}
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Saved." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
