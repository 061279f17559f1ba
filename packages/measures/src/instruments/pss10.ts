/**
 * PSS-10 — Perceived Stress Scale, 10-item version (Cohen, Kamarck & Mermelstein, J Health Soc Behav 1983;
 * Cohen & Williamson 1988, in Spacapan & Oskamp (eds), The Social Psychology of Health).
 *
 * Permission (as we understand it — confirm before release): free to use, without permission, for non-commercial
 * research and educational purposes (Cohen lab, Carnegie Mellon). The form is also distributed by Mind Garden,
 * which sells licences for commercial use. If MentalVerse is operated commercially, check whether a licence is
 * needed.
 *
 * Scoring: items scored 0-4; items 4, 5, 7 and 8 (the positively stated items) are reverse-scored
 * (0=4, 1=3, 2=2, 3=1, 4=0); total 0-40, higher = more perceived stress.
 * Bands: 0-13 low, 14-26 moderate, 27-40 high. These cut-offs are NOT from Cohen, who published the PSS as a
 * continuous measure without norms-based categories; they come from widely circulated scoring guidance (e.g. the
 * State of New Hampshire Employee Assistance Program PSS handout). Present them as descriptive, not diagnostic.
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

export const PSS10_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: "Never" },
  { value: 1, label: "Almost Never" },
  { value: 2, label: "Sometimes" },
  { value: 3, label: "Fairly Often" },
  { value: 4, label: "Very Often" },
];

const Q = "In the last month, how often have you";

export const PSS10 = {
  id: "pss10",
  name: "Perceived Stress Scale (PSS-10)",
  stem: "The questions in this scale ask you about your feelings and thoughts during the last month. In each case, you will be asked to indicate how often you felt or thought a certain way.",
  items: [
    { id: "item1", text: `${Q} been upset because of something that happened unexpectedly?` },
    { id: "item2", text: `${Q} felt that you were unable to control the important things in your life?` },
    { id: "item3", text: `${Q} felt nervous and "stressed"?` },
    { id: "item4", text: `${Q} felt confident about your ability to handle your personal problems?`, reverse: true },
    { id: "item5", text: `${Q} felt that things were going your way?`, reverse: true },
    { id: "item6", text: `${Q} found that you could not cope with all the things that you had to do?` },
    { id: "item7", text: `${Q} been able to control irritations in your life?`, reverse: true },
    { id: "item8", text: `${Q} felt that you were on top of things?`, reverse: true },
    { id: "item9", text: `${Q} been angered because of things that were outside of your control?` },
    { id: "item10", text: `${Q} felt difficulties were piling up so high that you could not overcome them?` },
  ],
  options: PSS10_OPTIONS,
} as const satisfies LikertInstrument;

export type Pss10Band = "low" | "moderate" | "high";

export const PSS10_BANDS: readonly ScoreBand<Pss10Band>[] = [
  { band: "low", min: 0, max: 13, label: "Low perceived stress" },
  { band: "moderate", min: 14, max: 26, label: "Moderate perceived stress" },
  { band: "high", min: 27, max: 40, label: "High perceived stress" },
];

export interface Pss10Result {
  readonly status: "complete";
  readonly instrument: "pss10";
  /** Sum after reverse-scoring items 4, 5, 7, 8; 0-40. */
  readonly total: number;
  readonly band: Pss10Band;
  readonly bandLabel: string;
  /** Scored values (reverse keying applied), keyed by item id. */
  readonly itemScores: Readonly<Record<string, number>>;
}

export function scorePss10(answers: Answers): DraftResult | Pss10Result {
  const read = readLikert(PSS10, answers);
  if (read.status === "draft") return read;
  const band = bandFor(PSS10_BANDS, read.total);
  return {
    status: "complete",
    instrument: "pss10",
    total: read.total,
    band: band.band,
    bandLabel: band.label,
    itemScores: read.itemScores,
  };
}
