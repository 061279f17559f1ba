/**
 * WHO-5 Well-Being Index (1998 version). WHO Collaborating Centre in Mental Health, Psychiatric Centre North
 * Zealand (Psychiatric Research Unit, Hillerød, Denmark); Topp, Østergaard, Søndergaard & Bech, Psychother
 * Psychosom 2015 (systematic review).
 *
 * Permission: the centre's WHO-5 page states the questionnaire is free of charge and requires no permission to
 * use; items should not be changed. (Stated as we understand it — re-check the current WHO-5 page before release.)
 *
 * Scoring: raw score = sum of the five items (0-25); percentage = raw x 4 (0-100); higher is better.
 * Published cut-offs (Topp et al. 2015, restating the WHO-5 guidance):
 *   - percentage <= 50 (raw < 13): poor wellbeing — screen for depression;
 *   - percentage <= 28 (raw <= 7): likely depression — further assessment recommended.
 * Also from the 1998 WHO-5 scoring guidance: any single item answered 0 or 1 is a reason to assess for depression
 * whatever the total (`lowItem`).
 */
import {
  type Answers,
  bandFor,
  type DraftResult,
  type LikertInstrument,
  type ResponseOption,
  readLikert,
  type ScoreBand,
} from "../likert.js";

/** Printed on the form from "All of the time" (5) down to "At no time" (0). */
export const WHO5_OPTIONS: readonly ResponseOption[] = [
  { value: 5, label: "All of the time" },
  { value: 4, label: "Most of the time" },
  { value: 3, label: "More than half of the time" },
  { value: 2, label: "Less than half of the time" },
  { value: 1, label: "Some of the time" },
  { value: 0, label: "At no time" },
];

export const WHO5 = {
  id: "who5",
  name: "WHO-5 Well-Being Index",
  stem: "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.",
  /** Column heading of the item table on the form. */
  timeframe: "Over the last two weeks",
  items: [
    { id: "item1", text: "I have felt cheerful and in good spirits" },
    { id: "item2", text: "I have felt calm and relaxed" },
    { id: "item3", text: "I have felt active and vigorous" },
    { id: "item4", text: "I woke up feeling fresh and rested" },
    { id: "item5", text: "My daily life has been filled with things that interest me" },
  ],
  options: WHO5_OPTIONS,
} as const satisfies LikertInstrument & { timeframe: string };

export type Who5Band = "likely-depression" | "poor-wellbeing" | "no-indication";

/** Bands on the percentage score (0-100, in steps of 4). */
export const WHO5_BANDS: readonly ScoreBand<Who5Band>[] = [
  { band: "likely-depression", min: 0, max: 28, label: "Likely depression — further assessment recommended" },
  { band: "poor-wellbeing", min: 29, max: 50, label: "Poor wellbeing — consider screening for depression" },
  { band: "no-indication", min: 51, max: 100, label: "No indication of poor wellbeing" },
];

export interface Who5Result {
  readonly status: "complete";
  readonly instrument: "who5";
  /** Raw score, 0-25. */
  readonly total: number;
  /** Raw x 4, 0-100: the score that is banded and compared over time. */
  readonly percentage: number;
  readonly band: Who5Band;
  readonly bandLabel: string;
  /** Percentage <= 50 (raw < 13): poor wellbeing, includes the likely-depression band. */
  readonly poorWellbeing: boolean;
  /** Some item answered 0 or 1. */
  readonly lowItem: boolean;
  readonly itemScores: Readonly<Record<string, number>>;
}

export function scoreWho5(answers: Answers): DraftResult | Who5Result {
  const read = readLikert(WHO5, answers);
  if (read.status === "draft") return read;
  const percentage = read.total * 4;
  const band = bandFor(WHO5_BANDS, percentage);
  return {
    status: "complete",
    instrument: "who5",
    total: read.total,
    percentage,
    band: band.band,
    bandLabel: band.label,
    poorWellbeing: percentage <= 50,
    lowItem: Object.values(read.itemScores).some((v) => v <= 1),
    itemScores: read.itemScores,
  };
}
