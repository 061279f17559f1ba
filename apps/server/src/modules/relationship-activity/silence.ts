import { DAY } from "../../lib/clock.js";
import type { ActivePairRow } from "./inactivity-repository.js";

export interface Silence {
  pair: ActivePairRow;
  /** The last contact, or the start of the relationship if there was none. */
  since: Date;
  /** Whole periods of `days` passed since then: 1 at the first threshold, 2 at twice it, ... */
  period: number;
  days: number;
}

/** Pairs silent for at least one whole period of `days`, as of `now`. */
export function silencesOf(
  pairs: readonly ActivePairRow[],
  lastContacts: Map<string, Date>,
  days: number,
  now: Date,
): Silence[] {
  const silences: Silence[] = [];
  for (const pair of pairs) {
    const since = lastContacts.get(pair.id) ?? pair.started_at;
    const elapsed = now.getTime() - since.getTime();
    const period = Math.floor(elapsed / (days * DAY));
    if (period >= 1) silences.push({ pair, since, period, days: Math.floor(elapsed / DAY) });
  }
  return silences;
}
