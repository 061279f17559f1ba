import { Tabs } from "@mantine/core";
import type { RelationshipDetail } from "@mentalverse/shared";
import { useSearchParams } from "react-router";
import { CheckInsPanel } from "../relationship-activity/CheckInsPanel.js";
import { GoalsPanel } from "../relationship-activity/GoalsPanel.js";
import { SessionsPanel } from "../relationship-activity/SessionsPanel.js";
import { AgreementTab } from "./AgreementTab.js";
import { AssessmentTab } from "./AssessmentTab.js";
import { GraduationTab } from "./GraduationTab.js";
import { OverviewTab } from "./OverviewTab.js";

const TABS = [
  { value: "overview", label: "Overview" },
  { value: "agreement", label: "Agreement" },
  { value: "goals", label: "Goals" },
  { value: "sessions", label: "Sessions" },
  { value: "check-ins", label: "Check-ins" },
  { value: "assessment", label: "Assessment" },
  { value: "graduation", label: "Graduation" },
] as const;
type Tab = (typeof TABS)[number]["value"];

/** The relationship's parts as tabs; the open tab lives in the address so it survives reloads and links. */
export function RelationshipTabs({ relationship: r }: { relationship: RelationshipDetail }) {
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab: Tab = TABS.find((t) => t.value === asked)?.value ?? "overview";
  const choose = (value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (!value || value === "overview") next.delete("tab");
        else next.set("tab", value);
        return next;
      },
      { replace: true },
    );
  return (
    <Tabs value={tab} onChange={choose} keepMounted={false}>
      <Tabs.List aria-label="Relationship sections" mb="md">
        {TABS.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="overview">
        <OverviewTab relationship={r} />
      </Tabs.Panel>
      <Tabs.Panel value="agreement">
        <AgreementTab relationship={r} />
      </Tabs.Panel>
      <Tabs.Panel value="goals">
        <GoalsPanel relationshipId={r.id} />
      </Tabs.Panel>
      <Tabs.Panel value="sessions">
        <SessionsPanel relationshipId={r.id} />
      </Tabs.Panel>
      <Tabs.Panel value="check-ins">
        <CheckInsPanel relationshipId={r.id} />
      </Tabs.Panel>
      <Tabs.Panel value="assessment">
        <AssessmentTab relationship={r} />
      </Tabs.Panel>
      <Tabs.Panel value="graduation">
        <GraduationTab relationship={r} />
      </Tabs.Panel>
    </Tabs>
  );
}
