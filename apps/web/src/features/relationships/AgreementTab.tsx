import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { AgreementForm } from "./AgreementForm.js";
import { AgreementVersionView } from "./AgreementVersionView.js";
import { useSignAgreement } from "./queries.js";

/** The phase 1 agreement: write it, sign it, see both signatures, and propose a change that both sign again. */
export function AgreementTab({ relationship: r }: { relationship: RelationshipDetail }) {
  const [changing, setChanging] = useState(false);
  const sign = useSignAgreement(r.id);
  const { current, pending } = r.agreement;
  const peer = r.yourRole === "mentee" ? r.mentor.displayName : r.mentee.displayName;
  const open = r.status === "active";
  const youSigned = (v: NonNullable<typeof pending>) =>
    Boolean(r.yourRole === "mentee" ? v.menteeSignedAt : v.mentorSignedAt);

  return (
    <Stack gap="lg">
      {pending ? (
        <Card withBorder component="section" aria-labelledby="pending-agreement-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="pending-agreement-heading">
              {current ? "Proposed change" : "Proposed agreement"}
            </Title>
            <AgreementVersionView relationship={r} version={pending} />
            <ErrorAlert error={sign.error} />
            {youSigned(pending) ? (
              <Text role="status">Waiting for {peer} to sign.</Text>
            ) : open ? (
              <Group>
                <Button onClick={() => sign.mutate(pending.version)} loading={sign.isPending}>
                  Sign the agreement
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      ) : null}
      {current ? (
        <Card withBorder component="section" aria-labelledby="agreement-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="agreement-heading">
              Your agreement
            </Title>
            <Text size="sm">Signed by both of you.</Text>
            <AgreementVersionView relationship={r} version={current} />
          </Stack>
        </Card>
      ) : null}
      {!current && !pending ? (
        <Card withBorder component="section" aria-labelledby="write-agreement-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="write-agreement-heading">
              Write your agreement
            </Title>
            <Text size="sm">
              Agree in phase 1 how you will work together. Sending it signs it for you; {peer} then reads and signs it
              too. Either of you can propose a change later.
            </Text>
            {open ? (
              <AgreementForm relationshipId={r.id} start={null} submitLabel="Sign and send the agreement" />
            ) : (
              <Text>This relationship is not active, so the agreement cannot be written now.</Text>
            )}
          </Stack>
        </Card>
      ) : null}
      {current && !pending && open ? (
        <Card withBorder component="section" aria-labelledby="change-agreement-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="change-agreement-heading">
              Change the agreement
            </Title>
            {changing ? (
              <AgreementForm
                relationshipId={r.id}
                start={current.terms}
                submitLabel="Sign and send the change"
                onDone={() => setChanging(false)}
                onCancel={() => setChanging(false)}
              />
            ) : (
              <>
                <Text size="sm">A change is a new version; it applies once both of you have signed it.</Text>
                <Group>
                  <Button variant="light" onClick={() => setChanging(true)}>
                    Propose a change
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
