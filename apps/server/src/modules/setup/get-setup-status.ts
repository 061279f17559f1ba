import type { AppContext } from "../../context.js";
import { countUsersWithRole } from "../users/user-repository.js";

/** Setup is needed while nobody can administer the platform. */
export async function getSetupStatus(ctx: AppContext): Promise<{ needsSetup: boolean }> {
  return { needsSetup: (await countUsersWithRole(ctx.db, "admin")) === 0 };
}
