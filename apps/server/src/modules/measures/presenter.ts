import {
  GAD7_BANDS,
  PHQ9_BANDS,
  PSS10_BANDS,
  QUESTIONNAIRES,
  type QuestionnaireId,
  RELIABLE_CHANGE,
  scoreQuestionnaire,
  WHO5_BANDS,
} from "@mentalverse/measures";
import type { MeasureDefinition, MeasureResponse } from "@mentalverse/shared";
import type { MeasureResponseRow } from "./measures-repository.js";

export const INSTRUMENT_IDS = Object.keys(QUESTIONNAIRES) as QuestionnaireId[];

const BANDS: Record<QuestionnaireId, readonly { band: string; label: string; min: number; max: number }[]> = {
  phq9: PHQ9_BANDS,
  gad7: GAD7_BANDS,
  who5: WHO5_BANDS,
  pss10: PSS10_BANDS,
};

export function bandLabel(instrument: QuestionnaireId, band: string): string {
  return BANDS[instrument].find((b) => b.band === band)?.label ?? band;
}

/** Items and options exactly as the library publishes them, for the web form. */
export function presentInstrument(id: QuestionnaireId): MeasureDefinition {
  const def = QUESTIONNAIRES[id];
  const spec = RELIABLE_CHANGE[id];
  const unscored = "unscored" in def ? def.unscored : [];
  return {
    id,
    name: def.name,
    stem: def.stem,
    options: def.options.map((o) => ({ value: o.value, label: o.label })),
    items: def.items.map((i) => ({ id: i.id, text: i.text })),
    unscored: unscored.map((u) => ({ id: u.id, text: u.text, options: u.options.map((o) => ({ ...o })) })),
    polarity: spec.polarity,
    scale: spec.scale,
    minimumReliableChange: spec.minimumReliableChange,
    bands: BANDS[id].map(({ band, label, min, max }) => ({ band, label, min, max })),
  };
}

export function presentMeasureResponse(row: MeasureResponseRow): MeasureResponse {
  const scored = row.status === "complete" && row.total !== null && row.score !== null && row.band !== null;
  const read = scored ? null : scoreQuestionnaire(row.instrument, row.answers);
  return {
    id: row.id,
    instrument: row.instrument,
    status: row.status,
    answers: row.answers,
    missing: read?.status === "draft" ? [...read.missing] : [],
    result:
      scored && row.total !== null && row.score !== null && row.band !== null
        ? { total: row.total, score: row.score, band: row.band, bandLabel: bandLabel(row.instrument, row.band) }
        : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
  };
}
