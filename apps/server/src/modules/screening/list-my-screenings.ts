import type { AppContext } from "../../context.js";
import { presentMyScreening } from "./presenter.js";
import { listScreeningsOf } from "./screening-repository.js";

/** The member's own screenings: answers and levels, in progress first, then newest first. */
export async function listMyScreenings(ctx: AppContext, userId: string) {
  const rows = await listScreeningsOf(ctx.db, userId);
  return { screenings: rows.map(presentMyScreening) };
}
