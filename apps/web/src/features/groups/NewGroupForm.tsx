import { Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { CreateGroupRequestSchema, MAX_GROUP_MEMBERS } from "@mentalverse/shared";
import { useState } from "react";
import { useNavigate } from "react-router";
import { z } from "zod";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useZodForm } from "../../components/forms/use-zod-form.js";
import { MemberSearch, type PickedMember } from "./MemberSearch.js";
import { useCreateGroup } from "./queries.js";

const NewGroupSchema = CreateGroupRequestSchema.extend({
  title: z.string().trim().min(1, "Give the group a name").max(80, "Use at most 80 characters"),
});

/** A title and the first members; the creator becomes the group's owner and can add more later. */
export function NewGroupForm() {
  const form = useZodForm({ title: "" });
  const [members, setMembers] = useState<PickedMember[]>([]);
  const create = useCreateGroup();
  const navigate = useNavigate();
  const full = members.length >= MAX_GROUP_MEMBERS - 1;
  const unavailable = new Map(members.map((m) => [m.userId, "Added"]));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.parse(NewGroupSchema, {
      title: form.values.title,
      memberIds: members.map((m) => m.userId),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (detail) => navigate(`/messages/${detail.id}`),
      onError: form.fail,
    });
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-label="New group">
      <Stack gap="lg">
        <ErrorAlert error={form.formError} />
        <TextInput
          label="Group name"
          description="Everyone in the group sees it."
          maxLength={80}
          required
          {...form.text("title")}
        />
        <Card withBorder padding="md" component="section" aria-labelledby="group-members-heading">
          <Title order={2} size="h4" id="group-members-heading" mb="xs">
            Members ({members.length + 1} of up to {MAX_GROUP_MEMBERS}, you included)
          </Title>
          {members.length === 0 ? (
            <Text size="sm" c="dimmed" mb="sm">
              Nobody added yet. You can also start the group alone and add people later.
            </Text>
          ) : (
            <Stack component="ul" gap={6} p={0} m={0} mb="sm" style={{ listStyle: "none" }} aria-label="Chosen members">
              {members.map((m) => (
                <Group component="li" key={m.userId} justify="space-between" gap="xs" wrap="nowrap">
                  <Text truncate>{m.displayName}</Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Remove ${m.displayName}`}
                    onClick={() => setMembers(members.filter((x) => x.userId !== m.userId))}
                  >
                    Remove
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
          {full ? (
            <Text size="sm">The group is full.</Text>
          ) : (
            <MemberSearch unavailable={unavailable} onPick={(m) => setMembers([...members, m])} />
          )}
        </Card>
        <Text size="sm">
          Messages in the group are end-to-end encrypted: only members' devices can read them. Anyone added later sees
          messages from when they join; anyone removed cannot read what comes after.
        </Text>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create group
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
