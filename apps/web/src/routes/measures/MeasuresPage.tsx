import { Stack, Text } from "@mantine/core";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { Loading } from "../../components/Loading.js";
import { PageHeader } from "../../components/PageHeader.js";
import { MeasureCard } from "../../features/measures/MeasureCard.js";
import { NOT_A_DIAGNOSIS } from "../../features/measures/meaning.js";
import { useInstruments, useMeasureHistory } from "../../features/measures/queries.js";

/** The member's own wellbeing check-ins: each questionnaire's scores over time. Nobody else sees these. */
export function MeasuresPage() {
  const instruments = useInstruments();
  const history = useMeasureHistory();
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title="Wellbeing check-ins"
        description="Short, widely used questionnaires, every four weeks, so you can see how you are doing over time. Your answers and scores are yours alone."
      />
      <Text size="sm">{NOT_A_DIAGNOSIS}</Text>
      {instruments.isPending || history.isPending ? <Loading /> : null}
      {instruments.isError || history.isError ? <ErrorAlert error={instruments.error ?? history.error} /> : null}
      {instruments.isSuccess && history.isSuccess
        ? instruments.data.instruments.map((def) => {
            const entry = history.data.instruments.find((e) => e.instrument === def.id);
            if (!entry) return null;
            const draft = history.data.drafts.find((d) => d.instrument === def.id);
            return <MeasureCard key={def.id} def={def} entry={entry} draft={draft} />;
          })
        : null}
    </Stack>
  );
}
