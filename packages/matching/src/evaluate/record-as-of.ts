import type { RelationshipRecord } from "./history.js";

const MONTH = 30.4375 * 86_400_000;

/**
 * A relationship as it looked on `date`: one still running then is ongoing, observed up to that day.
 * Exports keep only the latest ratings, so this assumes the usual schedule: fit is rated at the
 * early assessment (1 month), satisfaction and goals from 3 months on. Used to train the model
 * with only what was known at the cut, as it would have been trained in production.
 */
export function recordAsOf(record: RelationshipRecord, date: string): RelationshipRecord {
  const available = (Date.parse(date) - Date.parse(record.startedAt)) / MONTH;
  if (record.monthsObserved <= available) return record;
  const months = Math.max(0, available);
  return {
    ...record,
    status: "ongoing",
    monthsObserved: months,
    earlyFit: months >= 1 ? record.earlyFit : null,
    satisfaction: months >= 3 ? record.satisfaction : null,
    goalsReached: months >= 3 ? record.goalsReached : null,
  };
}
