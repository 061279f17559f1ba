import { Button, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { CrisisBox } from "../components/CrisisBox.js";
import { usePageTitle } from "../components/use-page-title.js";
import { useSession } from "../features/auth/session.js";
import { Section } from "./landing/Section.js";

const MENTOR_TYPES = [
  {
    title: "Recovery mentors",
    text: "People with at least two years of stable recovery or management of challenges such as depression, anxiety, addiction or trauma.",
  },
  {
    title: "Wellness coaches",
    text: "Peers who help with everyday wellbeing: stress, sleep, routines, relationships and finding your own pace.",
  },
  {
    title: "Life-experience mentors",
    text: "Peers who have lived through transitions such as grief, a move, a career change, identity or hardship.",
  },
];

const PHASES = [
  {
    title: "Weeks 1–4: getting to know each other",
    text: "Share what you want to, agree how often to meet, set boundaries and first goals.",
  },
  { title: "Months 2–6: growing", text: "Work on coping strategies and goals together, at a pace that suits you." },
  {
    title: "Months 6–12: standing on your own",
    text: "Build independence, plan what comes after, and close the relationship well.",
  },
];

export function LandingPage() {
  usePageTitle(undefined);
  const { data } = useSession();
  const signedIn = Boolean(data?.user);
  return (
    <Stack gap={48}>
      <Stack gap="md" maw={720}>
        <Title order={1} fz={{ base: 30, sm: 42 }}>
          Peer mentorship from people who have been there
        </Title>
        <Text size="lg">
          MentalVerse Peer Mentorship connects you with a trained peer mentor who has lived experience of challenges
          like yours. You meet as equals, usually over about twelve months, and both of you learn along the way.
        </Text>
        <Group gap="sm">
          {signedIn ? (
            <Button component={Link} to="/home" size="md">
              Go to your home
            </Button>
          ) : (
            <>
              <Button component={Link} to="/sign-up" size="md">
                Sign up
              </Button>
              <Button component={Link} to="/sign-in" size="md" variant="default">
                Sign in
              </Button>
            </>
          )}
        </Group>
      </Stack>

      <CrisisBox />

      <Section title="What this is not">
        <List spacing="xs">
          <List.Item>
            <b>It is not therapy.</b> Mentors are peers with training, not clinicians. They do not diagnose, treat or
            prescribe, and they do not replace a doctor, therapist or counsellor.
          </List.Item>
          <List.Item>
            <b>It is not crisis care or an emergency service.</b> Messages are not watched around the clock. In an
            emergency, use the numbers above.
          </List.Item>
          <List.Item>
            <b>It is not anonymous to staff.</b> Peers see only the display name you choose; a small staff team can see
            your account details to keep the community safe.
          </List.Item>
        </List>
      </Section>

      <Section title="Who the mentors are">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {MENTOR_TYPES.map((type) => (
            <Stack key={type.title} gap={6}>
              <Title order={3} size="h4">
                {type.title}
              </Title>
              <Text>{type.text}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Text mt="md">
          Every mentor completes peer-mentor training first: listening, boundaries, recognising a crisis and knowing
          when to point someone to professional help.
        </Text>
      </Section>

      <Section title="How mentoring works">
        <Text mb="md">
          Once matching opens, you tell us what you are looking for. We suggest a mentor whose experience, availability
          and language fit, a person reviews the match, and you both agree before anything starts. A relationship
          usually runs in three phases:
        </Text>
        <Stack component="ol" gap="sm" pl="lg">
          {PHASES.map((phase) => (
            <li key={phase.title}>
              <Text fw={600}>{phase.title}</Text>
              <Text>{phase.text}</Text>
            </li>
          ))}
        </Stack>
      </Section>

      <Section title="Where things stand today">
        <Text>
          This service is new and being built in stages. Right now you can create an account, choose your display name
          and manage your data. Matching with a mentor and the tools for a mentoring relationship arrive in later
          releases; until then nobody will be matched with you.
        </Text>
      </Section>

      <Section title="Your privacy">
        <Text>
          Peers only ever see your display name, so you can use a pseudonym. Your real name is optional and never shown
          to peers. You can download everything we hold about you, or delete your account, from your settings at any
          time.
        </Text>
      </Section>
    </Stack>
  );
}
