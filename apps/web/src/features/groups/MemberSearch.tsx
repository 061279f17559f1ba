import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useId, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useEligibleMembers } from "./queries.js";

export interface PickedMember {
  userId: string;
  displayName: string;
}

/**
 * Search for people the caller may put in a group, with one labelled button per result. Who is
 * eligible is the server's decision (GET /api/conversations/groups/eligible-members).
 */
export function MemberSearch({
  onPick,
  unavailable,
  actionLabel = "Add",
  busy = false,
}: {
  onPick(member: PickedMember): void;
  /** userId -> why they cannot be picked ("Added", "Already a member"). */
  unavailable: ReadonlyMap<string, string>;
  actionLabel?: string;
  busy?: boolean;
}) {
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const results = useEligibleMembers(debounced);
  const resultsId = useId();
  const members = results.data?.members ?? [];
  return (
    <Stack gap="xs">
      <TextInput
        label="Find people"
        description="Search by display name. Only people you may add are listed."
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        maxLength={80}
        aria-controls={resultsId}
        type="search"
      />
      <ErrorAlert error={results.error} />
      <Stack
        component="ul"
        id={resultsId}
        gap={6}
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label="Search results"
      >
        {members.map((m) => {
          const why = unavailable.get(m.userId);
          return (
            <Group component="li" key={m.userId} justify="space-between" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} truncate>
                  {m.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.relation}
                </Text>
              </div>
              {why ? (
                <Text size="sm" c="dimmed">
                  {why}
                </Text>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  aria-label={`${actionLabel} ${m.displayName}`}
                  onClick={() => onPick({ userId: m.userId, displayName: m.displayName })}
                  disabled={busy}
                >
                  {actionLabel}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {results.isSuccess && members.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {debounced ? `Nobody you can add matches \u201c${debounced}\u201d.` : "Nobody you can add yet."}
        </Text>
      ) : null}
    </Stack>
  );
}
