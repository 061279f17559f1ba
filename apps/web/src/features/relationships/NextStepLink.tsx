import { Button } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { Link } from "react-router";
import { BECOME_MENTOR_PATH } from "./GraduationTab.js";

type Kind = RelationshipDetail["nextStep"]["kind"];

/** Where each kind of next step is done; kinds done on the Overview itself need no link. */
const WHERE: Partial<Record<Kind, { label: string; to: (id: string) => string }>> = {
  propose_agreement: { label: "Write the agreement", to: (id) => `/relationships/${id}?tab=agreement` },
  sign_agreement: { label: "Read and sign the agreement", to: (id) => `/relationships/${id}?tab=agreement` },
  answer_assessment: { label: "Answer the fit check", to: (id) => `/relationships/${id}?tab=assessment` },
  plan_graduation: { label: "Plan your graduation", to: (id) => `/relationships/${id}?tab=graduation` },
  confirm_graduation: { label: "Confirm graduation", to: (id) => `/relationships/${id}?tab=graduation` },
  apply_as_mentor: { label: "Become a mentor", to: () => BECOME_MENTOR_PATH },
};

export function NextStepLink({ relationship: r }: { relationship: RelationshipDetail }) {
  const where = WHERE[r.nextStep.kind];
  if (!where) return null;
  return (
    <Button component={Link} to={where.to(r.id)} variant="light" mt="xs">
      {where.label}
    </Button>
  );
}
