import { Button, Card, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { GraduationPlanForm } from "./GraduationPlanForm.js";
import { phaseName } from "./labels.js";
import { useConfirmGraduation } from "./queries.js";

/** Where the mentee goes once graduated: the application form, started from their profile. */
export const BECOME_MENTOR_PATH = "/mentor-application?from=graduation";

function Graduated({ relationship: r, at }: { relationship: RelationshipDetail; at: string }) {
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  return (
    <Paper withBorder p="lg" bg="teal.0" component="section" aria-labelledby="graduated-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="graduated-heading">
          You graduated
        </Title>
        <Text>
          On {formatDate(at)} you and {peer} completed your mentoring relationship. That takes commitment from both of
          you: well done.
        </Text>
        {r.yourRole === "mentee" ? (
          <>
            <Text size="sm">
              Many people who were mentored go on to mentor others. If you would like to, start an application: we fill
              in what we can from your profile and you check the rest.
            </Text>
            <Group>
              <Button component={Link} to={BECOME_MENTOR_PATH}>
                Become a mentor
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Graduation planning in the last phase, both confirmations, and the graduation moment itself. */
export function GraduationTab({ relationship: r }: { relationship: RelationshipDetail }) {
  const confirm = useConfirmGraduation(r.id);
  const g = r.graduation;
  if (g.graduatedAt) return <Graduated relationship={r} at={g.graduatedAt} />;
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  const yours = r.yourRole === "mentee" ? g.menteeConfirmedAt : g.mentorConfirmedAt;
  const theirs = r.yourRole === "mentee" ? g.mentorConfirmedAt : g.menteeConfirmedAt;
  const lastPhase = r.phase.next === null;
  const canConfirm = r.allowedActions.includes("graduate") && Boolean(g.plan) && !yours;
  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="graduation-plan-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="graduation-plan-heading">
            Graduation plan
          </Title>
          <Text size="sm">
            Relationships that end well, as planned, help the most. In the last phase (Mastery and Independence, months
            6-12) plan together how and when you will graduate.
          </Text>
          {g.targetDate ? <Text>Target date: {formatDate(g.targetDate)}</Text> : null}
          {r.status === "active" && lastPhase ? <GraduationPlanForm relationship={r} /> : null}
          {r.status === "active" && !lastPhase ? (
            <Text role="note">
              You are in {phaseName(r.phase.current)}. The plan can be written once you both have moved on to the last
              phase.
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="graduation-confirm-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="graduation-confirm-heading">
            Confirm graduation
          </Title>
          <Text size="sm">You graduate when both of you have confirmed, in the last phase and with a plan.</Text>
          <List size="sm" spacing={2}>
            <List.Item>
              {yours ? `You confirmed on ${formatDateTime(yours)}.` : "You have not confirmed yet."}
            </List.Item>
            <List.Item>
              {theirs ? `${peer} confirmed on ${formatDateTime(theirs)}.` : `${peer} has not confirmed yet.`}
            </List.Item>
          </List>
          <ErrorAlert error={confirm.error} />
          {canConfirm ? (
            <Group>
              <Button onClick={() => confirm.mutate(undefined)} loading={confirm.isPending}>
                Confirm graduation
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
