import { Checkbox, Fieldset, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { CHALLENGE_GROUPS, type ChallengeId, findChallenge } from "@mentalverse/shared";
import { useState } from "react";
import { type ChallengePick, MAX_CHALLENGES, markPrimary, toggleChallenge } from "./challenge-picks.js";
import type { SectionProps } from "./ProfileSection.js";

const labelOf = (id: ChallengeId) => findChallenge(id)?.label ?? id;

/** Challenges from the seed's category trees, grouped as the seed groups them, one marked primary. */
export function ChallengesSection({ value, onChange, error }: SectionProps<ChallengePick[]>) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const chosen = new Set(value.map((p) => p.id));
  const full = value.length >= MAX_CHALLENGES;
  const groups = CHALLENGE_GROUPS.map((group) => ({
    ...group,
    shown: group.challengeIds.filter(
      (id) => !needle || labelOf(id).toLowerCase().includes(needle) || group.label.toLowerCase().includes(needle),
    ),
  })).filter((group) => group.shown.length > 0);
  const primary = value.find((p) => p.primary)?.id ?? null;

  return (
    <Stack gap="md">
      <TextInput
        label="Filter challenges"
        description="Type part of a name to narrow the lists below."
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
      />
      <Text size="sm" role="status" c={error ? "red.9" : undefined}>
        {error ?? `${value.length} of up to ${MAX_CHALLENGES} picked.`}
      </Text>
      {groups.length === 0 ? <Text size="sm">No challenge matches “{filter}”.</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {groups.map((group) => (
          <Fieldset key={group.id} legend={group.label} variant="filled" p="sm">
            <Stack gap={6}>
              {group.shown.map((id) => (
                <Checkbox
                  key={id}
                  label={labelOf(id)}
                  checked={chosen.has(id)}
                  disabled={full && !chosen.has(id)}
                  onChange={() => onChange(toggleChallenge(value, id))}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
      {value.length > 0 ? (
        <Radio.Group
          label="Primary challenge"
          description="The one you most want support with. Exactly one is primary."
          value={primary}
          onChange={(id) => onChange(markPrimary(value, id as ChallengeId))}
        >
          <Stack gap={6} mt="xs">
            {value.map((p) => (
              <Radio key={p.id} value={p.id} label={labelOf(p.id)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
    </Stack>
  );
}
