import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { type ConversationDetail, MAX_GROUP_MEMBERS } from "@mentalverse/shared";
import { useId, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDateTime } from "../../lib/format.js";
import { useMe } from "../auth/session.js";
import { LeaveGroupButton } from "./LeaveGroupButton.js";
import { MemberActions } from "./MemberActions.js";
import { MemberSearch } from "./MemberSearch.js";
import { GROUP_ROLE_LABELS, isModerator, isMuted, sortMembers } from "./mute.js";
import { useChangeMember } from "./queries.js";

/**
 * A group's members with their roles and mutes. Moderators add, remove, mute and unmute; anyone may
 * leave. Every change needs a new conversation key, which the next sending device makes.
 */
export function GroupMembersPanel({ conversation }: { conversation: ConversationDetail }) {
  const me = useMe();
  const headingId = useId();
  // Safety and admin staff moderate any group, as the server allows (and audits).
  const staff = me.roles.includes("safety") || me.roles.includes("admin");
  const moderator = isModerator(conversation.myRole) || staff;
  const now = Date.now();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          Members ({conversation.members.length})
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label="Current members">
          {sortMembers(conversation.members).map((member) => {
            const muted = isMuted(member.mutedUntil, now);
            const self = member.userId === me.id;
            // Nobody moderates themselves (leaving is below); only staff moderate the owner.
            const canModerate = moderator && !self && (member.role !== "owner" || staff);
            return (
              <Group component="li" key={member.userId} justify="space-between" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={6} wrap="wrap">
                    <Text fw={600} truncate>
                      {member.displayName}
                      {self ? " (you)" : ""}
                    </Text>
                    {member.role === "member" ? null : (
                      <StatusBadge tone="info">{GROUP_ROLE_LABELS[member.role]}</StatusBadge>
                    )}
                  </Group>
                  {muted ? (
                    <Text size="xs" c="dimmed">
                      Muted until {formatDateTime(member.mutedUntil)}
                    </Text>
                  ) : null}
                </div>
                {canModerate ? <MemberActions conversationId={conversation.id} member={member} muted={muted} /> : null}
              </Group>
            );
          })}
        </Stack>
        {moderator && conversation.state === "open" ? <AddMember conversation={conversation} /> : null}
        <Group>
          <LeaveGroupButton conversationId={conversation.id} title={conversation.title} myId={me.id} />
        </Group>
      </Stack>
    </Card>
  );
}

function AddMember({ conversation }: { conversation: ConversationDetail }) {
  const change = useChangeMember(conversation.id);
  const [added, setAdded] = useState<string | null>(null);
  if (conversation.members.length >= MAX_GROUP_MEMBERS) return <Text size="sm">The group is full.</Text>;
  const unavailable = new Map(conversation.members.map((m) => [m.userId, "Already a member"]));
  return (
    <Stack gap="xs" component="section" aria-label="Add a member">
      <Text fw={600}>Add a member</Text>
      <ErrorAlert error={change.error} />
      {added ? (
        <Text size="sm" role="status">
          {added} was added.
        </Text>
      ) : null}
      <MemberSearch
        unavailable={unavailable}
        busy={change.isPending}
        onPick={(m) => change.mutate({ action: "add", userId: m.userId }, { onSuccess: () => setAdded(m.displayName) })}
      />
    </Stack>
  );
}
