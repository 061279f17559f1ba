import { Anchor, Button, Text } from "@mantine/core";
import { Link } from "react-router";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../lib/format.js";
import { useMyMentorApplication } from "./queries.js";
import { LaterButton, StepFrame } from "./StepFrame.js";

const STATUS_WORDS: Record<string, string> = {
  applied: "received, waiting for review",
  interview: "at the interview stage",
  background_verification: "at background checks",
  training: "in training",
  active: "active: you are a mentor",
  paused: "paused",
  suspended: "suspended",
  retired: "retired",
  rejected: "not accepted",
};

/** For members offering mentorship: the application has its own page; this step links there. */
export function MentorStep({ onNext, onLater }: { onNext: () => void; onLater: () => void }) {
  const mine = useMyMentorApplication();
  return (
    <QueryState query={mine} label="Loading your application">
      {({ application }) => (
        <StepFrame
          title="Apply to be a peer mentor"
          actions={application ? <Button onClick={onNext}>Continue</Button> : <LaterButton onClick={onLater} />}
        >
          <Text>
            Mentors share their lived experience. Supervisors review every application, with an interview, background
            checks and training before you are matched.
          </Text>
          {application ? (
            <Text>
              You applied on {formatDate(application.createdAt)}. Your application is{" "}
              {STATUS_WORDS[application.status] ?? application.status}.
            </Text>
          ) : (
            <Anchor component={Link} to="/mentor-application">
              Apply to be a mentor
            </Anchor>
          )}
        </StepFrame>
      )}
    </QueryState>
  );
}
