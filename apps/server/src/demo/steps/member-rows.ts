import type { Faker } from "@faker-js/faker";
import type { NewUser } from "../../db/schema.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import type { DemoContext } from "../demo-step.js";

/** A moment `minDays`..`maxDays` before now, at a random minute of the day. */
export function daysAgo(rng: Faker, now: Date, minDays: number, maxDays: number): Date {
  const days = rng.number.int({ min: minDays, max: maxDays });
  return new Date(now.getTime() - days * DAY - rng.number.int({ min: 0, max: 24 * 60 - 1 }) * MINUTE);
}

/** Between `from` and `to`. */
export function between(rng: Faker, from: Date, to: Date): Date {
  return new Date(rng.number.int({ min: from.getTime(), max: Math.max(from.getTime(), to.getTime()) }));
}

/** A demo account row; some members chose to add a real name, most did not. */
export function demoUserRow(
  ctx: DemoContext,
  rng: Faker,
  member: { email: string; displayName: string; joinedAt: Date; realName?: string },
): NewUser {
  const signedIn = rng.datatype.boolean({ probability: 0.85 });
  const withRealName = rng.datatype.boolean({ probability: 0.2 });
  return {
    email: member.email,
    password_hash: ctx.passwordHash,
    display_name: member.displayName,
    real_name: member.realName ?? (withRealName ? `${rng.person.firstName()} ${rng.person.lastName()}` : null),
    created_at: member.joinedAt,
    updated_at: member.joinedAt,
    last_sign_in_at: signedIn ? between(rng, member.joinedAt, ctx.now) : null,
    is_demo: true,
  };
}

/** Splits rows into statements of a sensible size. */
export function* chunks<T>(items: T[], size = 50): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
