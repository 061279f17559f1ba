import { Button, List, Text } from "@mantine/core";
import { CrisisBox } from "../../components/CrisisBox.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useAcknowledgeAbout } from "./queries.js";
import { StepFrame } from "./StepFrame.js";

export function AboutStep({ onNext }: { onNext: () => void }) {
  const acknowledge = useAcknowledgeAbout();
  return (
    <StepFrame
      title="What MentalVerse is, and what it is not"
      actions={
        <Button loading={acknowledge.isPending} onClick={() => acknowledge.mutate(undefined, { onSuccess: onNext })}>
          I understand, continue
        </Button>
      }
    >
      <Text>MentalVerse connects you with peers who have lived through mental-health challenges themselves.</Text>
      <List spacing="xs">
        <List.Item>
          <b>It is peer support:</b> a mentor listens, shares what helped them and helps you towards your own goals.
        </List.Item>
        <List.Item>
          <b>It is not therapy,</b> counselling or medical care. Mentors are not clinicians and cannot diagnose or
          treat.
        </List.Item>
        <List.Item>
          <b>It is not a crisis service.</b> Nobody here is watching around the clock, and a message may not be read for
          hours.
        </List.Item>
        <List.Item>
          To keep everyone safe we ask a few safety questions and short wellbeing questionnaires. A safety team of
          trained staff follows up when answers show risk.
        </List.Item>
      </List>
      <CrisisBox headingLevel={3} />
      <ErrorAlert error={acknowledge.error} />
    </StepFrame>
  );
}
