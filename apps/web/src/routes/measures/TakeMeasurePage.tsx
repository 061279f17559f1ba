import { Alert, Anchor, Stack, Text } from "@mantine/core";
import {
  type MeasureDefinition,
  type MeasureHistory,
  type MeasureInstrument,
  MeasureInstrumentSchema,
  type MeasureResponse,
} from "@mentalverse/shared";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { MeasureForm } from "../../features/measures/MeasureForm.js";
import { MeasureResult } from "../../features/measures/MeasureResult.js";
import { SHORT_NAMES } from "../../features/measures/meaning.js";
import { useInstruments, useMeasureHistory, useSaveMeasure } from "../../features/measures/queries.js";
import { plural } from "../../lib/format.js";
import { NotFoundPage } from "../NotFoundPage.js";

/** Answer one questionnaire; see its score and band straight after submitting. */
export function TakeMeasurePage() {
  const parsed = MeasureInstrumentSchema.safeParse(useParams().instrument);
  if (!parsed.success) return <NotFoundPage />;
  return <TakeMeasure instrument={parsed.data} />;
}

function TakeMeasure({ instrument }: { instrument: MeasureInstrument }) {
  const instruments = useInstruments();
  const history = useMeasureHistory();
  const def = instruments.data?.instruments.find((d) => d.id === instrument);
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={SHORT_NAMES[instrument]} description={def?.name} />
      {instruments.isPending || history.isPending ? <Loading /> : null}
      {instruments.isError || history.isError ? <ErrorAlert error={instruments.error ?? history.error} /> : null}
      {def && history.isSuccess ? <TakeMeasureBody def={def} history={history.data} /> : null}
    </Stack>
  );
}

function TakeMeasureBody({ def, history }: { def: MeasureDefinition; history: MeasureHistory }) {
  const save = useSaveMeasure(def.id);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromOnboarding = params.get("from") === "onboarding";
  // The draft is read once: after a save the form keeps what the member typed.
  const [draft] = useState(() => history.drafts.find((d) => d.instrument === def.id));
  const [saved, setSaved] = useState<MeasureResponse | null>(null);
  const back = fromOnboarding ? "/onboarding" : "/measures";

  const onSave = (answers: Record<string, number | null>) =>
    save.mutate(answers, {
      onSuccess: ({ response, screeningRequired }) => {
        setSaved(response);
        if (screeningRequired) {
          const query = new URLSearchParams({ reason: "phq9", ...(fromOnboarding ? { from: "onboarding" } : {}) });
          void navigate(`/screening?${query.toString()}`);
        }
      },
    });

  if (saved?.status === "complete") {
    return (
      <Stack gap="md">
        <MeasureResult def={def} response={saved} />
        <Anchor component={Link} to={back}>
          {fromOnboarding ? "Back to onboarding" : "Back to your wellbeing check-ins"}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {saved ? (
        <Alert color="indigo" title="Saved as a draft" role="status">
          <Text size="sm">
            {plural(saved.missing.length, "question")} still to answer. Your answers are kept, and the questionnaire is
            scored only once every question is answered.
          </Text>
        </Alert>
      ) : null}
      <MeasureForm def={def} draft={draft} saving={save.isPending} error={save.error} onSave={onSave} />
      <Anchor component={Link} to={back}>
        {fromOnboarding ? "Back to onboarding" : "Back to your wellbeing check-ins"}
      </Anchor>
    </Stack>
  );
}
