/**
 * Change since baseline with a reliable-change flag.
 *
 * Reliable change index (Jacobson & Truax, J Consult Clin Psychol 1991):
 *   RCI = (x2 - x1) / S_diff,  S_diff = SD * sqrt(2) * sqrt(1 - r)
 * where SD is a normative (or baseline-sample) standard deviation and r the scale's reliability; |RCI| > 1.96 is a
 * change unlikely (p < .05) to be measurement error alone. Each instrument below gets a minimum change in points;
 * a change is reliable when |latest - baseline| >= that minimum.
 *
 *   PHQ-9  6 points (total).  The NHS Talking Therapies for anxiety and depression (formerly IAPT) Manual's
 *          "reliable improvement/deterioration" criterion for the PHQ-9. We use the published convention rather
 *          than recomputing it; the SD and reliability behind it are not restated here.
 *   GAD-7  4 points (total).  Same source and convention as the PHQ-9.
 *   WHO-5  10 percentage points. The WHO-5 guidance: "a 10% difference indicates a significant change" (citing
 *          Ware 1995). This is a clinically-relevant-change convention rather than a Jacobson-Truax RCI. Percentage
 *          scores move in steps of 4, so in practice this means a change of 12 points (3 raw points) or more.
 *   PSS-10 computed: SD 6.35 and Cronbach's alpha 0.78 from the US probability sample (n = 2,387) in Cohen &
 *          Williamson 1988, as those figures are commonly cited (check against the chapter before relying on
 *          them): S_diff = 6.35 * sqrt(2) * sqrt(0.22) = 4.21; 1.96 * S_diff = 8.26, so 9 points is the smallest
 *          whole-point change with |RCI| > 1.96.
 */
import type { Gad7Result } from "./instruments/gad7.js";
import type { Phq9Result } from "./instruments/phq9.js";
import type { Pss10Result } from "./instruments/pss10.js";
import type { Who5Result } from "./instruments/who5.js";

export type TrackedInstrument = "phq9" | "gad7" | "who5" | "pss10";
export type TrackedResult = Phq9Result | Gad7Result | Who5Result | Pss10Result;

export interface ReliableChangeSpec {
  readonly polarity: "lower-is-better" | "higher-is-better";
  /** The score compared over time. */
  readonly scale: "total" | "percentage";
  readonly min: number;
  readonly max: number;
  /** Smallest |change| counted as reliable. */
  readonly minimumReliableChange: number;
}

/** Jacobson & Truax (1991) reliable change index. */
export function reliableChangeIndex(before: number, after: number, sd: number, reliability: number): number {
  if (!(sd > 0) || !(reliability >= 0 && reliability < 1)) throw new RangeError("need sd > 0 and 0 <= reliability < 1");
  return (after - before) / (sd * Math.SQRT2 * Math.sqrt(1 - reliability));
}

/** Normative figures used for the PSS-10 (Cohen & Williamson 1988; see header). */
export const PSS10_NORMS = { sd: 6.35, alpha: 0.78 } as const;

/** Smallest whole-point change whose |RCI| exceeds 1.96. */
export function minimumReliableChangePoints(sd: number, reliability: number): number {
  const critical = 1.96 * sd * Math.SQRT2 * Math.sqrt(1 - reliability);
  return Number.isInteger(critical) ? critical + 1 : Math.ceil(critical);
}

export const RELIABLE_CHANGE: Readonly<Record<TrackedInstrument, ReliableChangeSpec>> = {
  phq9: { polarity: "lower-is-better", scale: "total", min: 0, max: 27, minimumReliableChange: 6 },
  gad7: { polarity: "lower-is-better", scale: "total", min: 0, max: 21, minimumReliableChange: 4 },
  who5: { polarity: "higher-is-better", scale: "percentage", min: 0, max: 100, minimumReliableChange: 10 },
  pss10: {
    polarity: "lower-is-better",
    scale: "total",
    min: 0,
    max: 40,
    minimumReliableChange: minimumReliableChangePoints(PSS10_NORMS.sd, PSS10_NORMS.alpha),
  },
};

export type ChangeDirection = "improved" | "worsened" | "no reliable change";

export interface ChangeSinceBaseline {
  /** latest - baseline on the compared scale (WHO-5: percentage points). */
  readonly delta: number;
  readonly direction: ChangeDirection;
  readonly reliable: boolean;
}

/** The score compared over time: the total, or for the WHO-5 the percentage score. */
export function comparedScore(result: TrackedResult): number {
  return result.instrument === "who5" ? result.percentage : result.total;
}

function toScore(instrument: TrackedInstrument, value: number | TrackedResult, which: string): number {
  const spec = RELIABLE_CHANGE[instrument];
  if (typeof value !== "number") {
    if (value.instrument !== instrument) {
      throw new TypeError(`${which} is a ${value.instrument} result, expected ${instrument}`);
    }
    return comparedScore(value);
  }
  const stepOk = instrument === "who5" ? value % 4 === 0 : true;
  if (!Number.isInteger(value) || value < spec.min || value > spec.max || !stepOk) {
    throw new RangeError(`${which} ${value} is not a valid ${instrument} ${spec.scale} score`);
  }
  return value;
}

/**
 * Change from baseline to latest. Pass complete results, or bare scores on the compared scale (WHO-5: the
 * percentage 0-100, never the raw 0-25). "improved" respects polarity: lower is better except for the WHO-5.
 */
export function changeSinceBaseline(
  instrument: TrackedInstrument,
  baseline: number | TrackedResult,
  latest: number | TrackedResult,
): ChangeSinceBaseline {
  const spec = RELIABLE_CHANGE[instrument];
  const delta = toScore(instrument, latest, "latest") - toScore(instrument, baseline, "baseline");
  const reliable = Math.abs(delta) >= spec.minimumReliableChange;
  if (!reliable) return { delta, direction: "no reliable change", reliable };
  const better = spec.polarity === "lower-is-better" ? delta < 0 : delta > 0;
  return { delta, direction: better ? "improved" : "worsened", reliable };
}

export interface HistoryEntry<T> {
  readonly result: T;
  readonly score: number;
  /** Change from the first (baseline) entry; the baseline's own change is a zero delta. */
  readonly change: ChangeSinceBaseline;
}

/** A member's series for one instrument, oldest first (the first is the baseline), each with change since baseline. */
export function historyWithChange<T extends TrackedResult>(
  instrument: TrackedInstrument,
  resultsOldestFirst: readonly T[],
): HistoryEntry<T>[] {
  const baseline = resultsOldestFirst[0];
  if (!baseline) return [];
  return resultsOldestFirst.map((result) => ({
    result,
    score: comparedScore(result),
    change: changeSinceBaseline(instrument, baseline, result),
  }));
}
