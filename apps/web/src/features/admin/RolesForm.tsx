import { Button, Checkbox, Group, Stack, Text, Textarea } from "@mantine/core";
import { ROLE_LABELS, ROLES, type Role, SetRolesRequestSchema } from "@mentalverse/shared";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { ApiError } from "../../lib/api-error.js";
import { useSetRoles } from "./queries.js";

const ROLE_HINTS: Record<Role, string> = {
  mentee: "Looks for a peer mentor.",
  mentor: "Offers peer mentoring from lived experience.",
  match_reviewer: "Reviews proposed mentor–mentee matches.",
  supervisor: "Supports and supervises mentors.",
  safety: "Handles safety reports.",
  admin: "Manages members, roles and this platform.",
};

/** Role changes need a reason: it goes into the audit log, and the member is told. */
export function RolesForm({ userId, roles, isSelf }: { userId: string; roles: Role[]; isSelf: boolean }) {
  const form = useZodForm({ roles: roles as Role[], reason: "" });
  const setRoles = useSetRoles(userId);
  const [saved, setSaved] = useState(false);
  const { setValue } = form;
  const stored = roles.join(",");

  // Show the roles the server holds whenever they change (a save here, or a refetch).
  useEffect(() => {
    setValue("roles", stored ? (stored.split(",") as Role[]) : []);
  }, [stored, setValue]);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.parse(SetRolesRequestSchema);
    if (!body) return;
    const same = body.roles.length === roles.length && body.roles.every((role) => roles.includes(role));
    if (same) {
      form.fail(
        new ApiError(0, "unchanged", "Nothing to save", [
          { field: "roles", reason: "These are already the member's roles" },
        ]),
      );
      return;
    }
    setRoles.mutate(body, {
      onError: form.fail,
      onSuccess: (user) => {
        form.reset({ roles: user.roles, reason: "" });
        setSaved(true);
      },
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="roles-heading">
      <Stack gap="md">
        <ErrorAlert error={form.formError} />
        <Checkbox.Group
          label="Roles held"
          description="A member may hold several roles."
          value={form.values.roles}
          onChange={(value) => form.setValue("roles", value as Role[])}
          error={form.errors.roles}
        >
          <Stack gap="xs" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_HINTS[role]} />
            ))}
          </Stack>
        </Checkbox.Group>
        {isSelf && !form.values.roles.includes("admin") ? (
          <Text size="sm" c="red.9">
            You are removing your own administrator role. You will lose access to these pages.
          </Text>
        ) : null}
        <Textarea
          label="Reason for the change"
          description="Required. Recorded in the audit log; the member is notified of the change."
          autosize
          minRows={2}
          {...form.text("reason")}
        />
        <Group gap="sm">
          <Button type="submit" loading={setRoles.isPending}>
            Save roles
          </Button>
          <Text size="sm" role="status" c="teal.9">
            {saved ? "Roles saved." : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
