/** Whole calendar months from `since` to `now` (UTC); a month counts once its day of the month is reached. */
export function wholeMonthsBetween(since: Date, now: Date): number {
  const months = (now.getUTCFullYear() - since.getUTCFullYear()) * 12 + (now.getUTCMonth() - since.getUTCMonth());
  return now.getUTCDate() < since.getUTCDate() ? months - 1 : months;
}

/** The date `months` whole months before `now` (UTC, clamped to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay)));
}
