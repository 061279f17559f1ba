import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { hashToken, newSecretToken } from "../../lib/tokens.js";
import { lockAdminRoleChanges } from "../admin/admin-repository.js";
import { countUsersWithRole } from "../users/user-repository.js";
import { deleteUnusedSetupTokens, insertSetupToken } from "./setup-repository.js";

const VALID_FOR = DAY;

/**
 * On a fresh install nobody can administer the platform, so the server prints a one-time link
 * (valid 24 hours) to the console of whoever started it; only that person can open it.
 */
export async function announceFirstRunIfNeeded(ctx: AppContext, print: (line: string) => void): Promise<void> {
  const token = newSecretToken();
  const created = await ctx.database.transaction(async (trx) => {
    await lockAdminRoleChanges(trx);
    if ((await countUsersWithRole(trx, "admin")) > 0) return false;
    const now = ctx.clock.now();
    await deleteUnusedSetupTokens(trx);
    await insertSetupToken(trx, { id: hashToken(token), now, expiresAt: new Date(now.getTime() + VALID_FOR) });
    return true;
  });
  if (!created) return;
  const lines = [
    "Welcome to MentalVerse Peer Mentorship. No administrator exists yet.",
    "Open this link within 24 hours to create the first administrator account:",
    "",
    `${ctx.config.publicUrl}/setup?token=${token}`,
    "",
    "The link works once. Restarting the server prints a new one and retires this one.",
  ];
  for (const line of box(lines)) print(line);
}

function box(lines: string[]): string[] {
  const width = Math.max(...lines.map((l) => l.length));
  const edge = "─".repeat(width + 2);
  return ["", `┌${edge}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${edge}┘`, ""];
}
