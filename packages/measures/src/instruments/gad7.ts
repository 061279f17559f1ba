/**
 * GAD-7 — Generalized Anxiety Disorder 7-item scale (Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006).
 *
 * Source and permission: developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues
 * with an educational grant from Pfizer Inc. "No permission required to reproduce, translate, display or
 * distribute" (phqscreeners.com).
 *
 * Stem: the published GAD-7 form reads "...bothered by the following problems?" (no "any of", unlike the PHQ-9).
 * Scoring (Spitzer et al. 2006): sum of items 1-7 (0-21); 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
 * The difficulty item (same wording as the PHQ-9's) is recorded but never scored.
 */
import {
  type Answers,
  bandFor,
  type DraftResult,
  type LikertInstrument,
  readLikert,
  type ScoreBand,
} from "../likert.js";
import { DIFFICULTY_ITEM, FREQUENCY_OPTIONS } from "./phq9.js";

export const GAD7 = {
  id: "gad7",
  name: "Generalized Anxiety Disorder 7-item scale (GAD-7)",
  stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    { id: "item1", text: "Feeling nervous, anxious, or on edge" },
    { id: "item2", text: "Not being able to stop or control worrying" },
    { id: "item3", text: "Worrying too much about different things" },
    { id: "item4", text: "Trouble relaxing" },
    { id: "item5", text: "Being so restless that it's hard to sit still" },
    { id: "item6", text: "Becoming easily annoyed or irritable" },
    { id: "item7", text: "Feeling afraid as if something awful might happen" },
  ],
  options: FREQUENCY_OPTIONS,
  unscored: [DIFFICULTY_ITEM],
} as const satisfies LikertInstrument;

export type Gad7Band = "minimal" | "mild" | "moderate" | "severe";

export const GAD7_BANDS: readonly ScoreBand<Gad7Band>[] = [
  { band: "minimal", min: 0, max: 4, label: "Minimal anxiety" },
  { band: "mild", min: 5, max: 9, label: "Mild anxiety" },
  { band: "moderate", min: 10, max: 14, label: "Moderate anxiety" },
  { band: "severe", min: 15, max: 21, label: "Severe anxiety" },
];

export interface Gad7Result {
  readonly status: "complete";
  readonly instrument: "gad7";
  /** Sum of items 1-7, 0-21. */
  readonly total: number;
  readonly band: Gad7Band;
  readonly bandLabel: string;
  readonly difficulty: number | null;
  readonly itemScores: Readonly<Record<string, number>>;
}

export function scoreGad7(answers: Answers): DraftResult | Gad7Result {
  const read = readLikert(GAD7, answers);
  if (read.status === "draft") return read;
  const band = bandFor(GAD7_BANDS, read.total);
  return {
    status: "complete",
    instrument: "gad7",
    total: read.total,
    band: band.band,
    bandLabel: band.label,
    difficulty: read.unscored.difficulty ?? null,
    itemScores: read.itemScores,
  };
}
