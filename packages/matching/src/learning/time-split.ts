import type { OutcomeExample } from "./types.js";

/**
 * Train on relationships that started before the cut, test on those that started on or after it:
 * the model is judged on pairs it could not have seen, as it would be in production.
 */
export function splitByTime(
  examples: readonly OutcomeExample[],
  cutDate: string,
): { train: OutcomeExample[]; test: OutcomeExample[] } {
  const cut = Date.parse(cutDate);
  if (Number.isNaN(cut)) throw new RangeError(`splitByTime: cut date ${cutDate} is not a date`);
  const train: OutcomeExample[] = [];
  const test: OutcomeExample[] = [];
  for (const e of examples) {
    const started = Date.parse(e.startedAt);
    if (Number.isNaN(started)) throw new RangeError(`splitByTime: startedAt ${e.startedAt} is not a date`);
    (started < cut ? train : test).push(e);
  }
  return { train, test };
}

const MONTH = 30.4375 * 86_400_000;

/**
 * The default cut: about `trainShare` of the relationships old enough to have reached the horizon
 * (started at least horizonMonths before the latest observation) go to training. Cutting by all
 * starts instead would leave a test set so young that no success could be known yet.
 */
export function defaultCut(examples: readonly OutcomeExample[], horizonMonths: number, trainShare = 0.7): string {
  if (examples.length === 0) throw new RangeError("defaultCut: no examples");
  const end = Math.max(...examples.map((e) => Date.parse(e.startedAt) + e.observedMonths * MONTH));
  const mature = examples.filter((e) => Date.parse(e.startedAt) + horizonMonths * MONTH <= end);
  const starts = (mature.length > 0 ? mature : examples)
    .map((e) => e.startedAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return starts[Math.min(starts.length - 1, Math.floor(starts.length * trainShare))]!;
}
