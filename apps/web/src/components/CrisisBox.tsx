import { Anchor, List, Paper, Text, Title } from "@mantine/core";

/**
 * Where to turn in an emergency. Shown without signing in, because this service is not
 * watched around the clock and must never be mistaken for crisis care.
 */
export function CrisisBox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  return (
    <Paper
      component="section"
      aria-labelledby="crisis-heading"
      p="lg"
      radius="md"
      withBorder
      style={{ borderColor: "var(--mantine-color-red-9)", borderWidth: 2, background: "var(--mantine-color-red-0)" }}
    >
      <Title order={headingLevel} id="crisis-heading" size="h3" mb="xs">
        If you are in danger now
      </Title>
      <Text mb="sm">
        MentalVerse is not an emergency service and nobody here is watching around the clock. If you might act on
        thoughts of harming yourself or someone else, or you are not safe right now, contact one of these now:
      </Text>
      <List spacing="xs">
        <List.Item>
          <b>United States:</b> call or text <Anchor href="tel:988">988</Anchor> (Suicide &amp; Crisis Lifeline), any
          time.
        </List.Item>
        <List.Item>
          <b>UK and Ireland:</b> call Samaritans on <Anchor href="tel:116123">116 123</Anchor>, free, any time.
        </List.Item>
        <List.Item>
          <b>Anywhere:</b> call your local emergency number (for example 911, 999, 112 or 000), or go to the nearest
          emergency department.
        </List.Item>
      </List>
    </Paper>
  );
}
