import { Anchor, Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { QueryState } from "../../components/QueryState.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { plural } from "../../lib/format.js";
import { useOwnProfile } from "./queries.js";
import { LaterButton, StepFrame } from "./StepFrame.js";

/** The matching profile has its own page; this step says whether it is complete and links there. */
export function ProfileStep({ onNext, onLater }: { onNext: () => void; onLater: () => void }) {
  const profile = useOwnProfile();
  return (
    <QueryState query={profile} label="Loading your profile">
      {(data) => (
        <StepFrame
          title="Your matching profile"
          actions={data.complete ? <Button onClick={onNext}>Continue</Button> : <LaterButton onClick={onLater} />}
        >
          <Text>
            Your profile is how we find a peer who fits you: what you are working through, your goals, when you are free
            and how you like to talk. You choose which parts a match may see; everything else stays private.
          </Text>
          <Group gap="sm">
            <Text fw={600}>Profile:</Text>
            {data.complete ? (
              <StatusBadge tone="good">Complete</StatusBadge>
            ) : (
              <StatusBadge tone="neutral">Not complete yet</StatusBadge>
            )}
            {!data.complete ? <Text size="sm">{plural(data.missing.length, "part")} still to fill in.</Text> : null}
          </Group>
          <Anchor component={Link} to="/profile">
            {data.complete ? "Review your matching profile" : "Fill in your matching profile"}
          </Anchor>
        </StepFrame>
      )}
    </QueryState>
  );
}
