import type { AppContext } from "../../context.js";
import { MINUTE } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { TokenBuckets } from "../messaging/index.js";

/**
 * Abuse limits for what reaches the safety team's queue. Reports are people's words about someone
 * else, so one member flooding the queue buries everyone else's; a steady 20 an hour is far beyond
 * what a member being harassed needs (each report can carry 19 messages of context), and a full
 * bucket of 10 lets them report a burst of separate messages at once. Counted per process, like the
 * messaging limits: a restart or a second process only ever makes the limit looser, never stricter.
 * (Constants, not config: config/ is not this module's to change; see the report to the lead.)
 */
export const REPORTS_PER_HOUR = 20;
export const REPORT_BURST = 10;

/**
 * Alerts are never refused: someone who may be in crisis must always get a yes. A repeat within this
 * window (double taps, retries, tapping again because nobody has answered yet) is folded into the
 * alert still open instead, so the team is paged once and sees one queue item.
 */
export const ALERT_REPEAT_WINDOW_MS = 15 * MINUTE;

const bucketsOf = new WeakMap<AppContext["config"], TokenBuckets>();

function reportBuckets(ctx: Pick<AppContext, "clock" | "config">): TokenBuckets {
  let buckets = bucketsOf.get(ctx.config);
  if (!buckets) {
    buckets = new TokenBuckets(ctx.clock, REPORTS_PER_HOUR / 3600, REPORT_BURST);
    bucketsOf.set(ctx.config, buckets);
  }
  return buckets;
}

/** Spends one of the member's reports, or 429 naming what they sent too many of. */
export function takeReportAllowance(ctx: Pick<AppContext, "clock" | "config">, userId: string): void {
  if (reportBuckets(ctx).take(userId)) return;
  const reason = "You have sent many reports in a short time; the safety team has them. Try again in a few minutes.";
  throw new AppError(429, "rate_limited", reason, [{ field: "messages", reason }]);
}
