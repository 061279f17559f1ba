import { Checkbox, Fieldset, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import {
  MENTOR_TYPES,
  type MentorType,
  RECOVERY_MENTOR_MIN_STABLE_MONTHS,
  type SpecialisationId,
  specialisationTreeOf,
} from "@mentalverse/shared";
import { errorUnder, type FieldErrors } from "../profile/field-errors.js";

const TYPE_HINTS: Record<MentorType, string> = {
  recovery_mentor: `From your own recovery, with at least ${RECOVERY_MENTOR_MIN_STABLE_MONTHS / 12} years of stable recovery or management.`,
  wellness_coach: "Everyday wellbeing: stress, sleep, movement, connection, meaning.",
  life_experience_mentor: "From life experiences such as transitions, identity or adversity.",
};

/** Mentor types, then the specialisations from the tree of each chosen type. */
export function MentorTypeFields({
  mentorTypes,
  specialisations,
  onTypes,
  onSpecialisations,
  errors,
}: {
  mentorTypes: MentorType[];
  specialisations: SpecialisationId[];
  onTypes: (types: MentorType[]) => void;
  onSpecialisations: (ids: SpecialisationId[]) => void;
  errors: FieldErrors;
}) {
  const toggle = (id: SpecialisationId) =>
    onSpecialisations(
      specialisations.includes(id) ? specialisations.filter((s) => s !== id) : [...specialisations, id],
    );
  return (
    <Stack gap="md">
      <Checkbox.Group
        label="Mentor types"
        description="Pick one or more."
        value={mentorTypes}
        onChange={(next) => onTypes(MENTOR_TYPES.map((t) => t.id).filter((id) => next.includes(id)))}
        error={errorUnder(errors, "mentorTypes")}
      >
        <Stack gap="xs" mt="xs">
          {MENTOR_TYPES.map((type) => (
            <Checkbox key={type.id} value={type.id} label={type.singularLabel} description={TYPE_HINTS[type.id]} />
          ))}
        </Stack>
      </Checkbox.Group>
      {mentorTypes.map((typeId) => {
        const tree = specialisationTreeOf(typeId);
        return (
          <Stack key={typeId} gap="xs">
            <Title order={3} size="h5">
              {tree.label}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {tree.children.map((group) => (
                <Fieldset key={group.id} legend={group.label} variant="filled" p="sm">
                  <Stack gap={6}>
                    {group.children.map((leaf) => (
                      <Checkbox
                        key={leaf.id}
                        label={leaf.label}
                        checked={specialisations.includes(leaf.id)}
                        onChange={() => toggle(leaf.id)}
                      />
                    ))}
                  </Stack>
                </Fieldset>
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
      {mentorTypes.length > 0 || errorUnder(errors, "specialisations") ? (
        <Text size="sm" role="status" c={errorUnder(errors, "specialisations") ? "red.9" : undefined}>
          {errorUnder(errors, "specialisations") ?? `${specialisations.length} specialisations picked.`}
        </Text>
      ) : null}
    </Stack>
  );
}
