import { z } from "zod";
import { deleteOrphanAttachments } from "../../modules/attachments/delete-orphan-attachments.js";
import { sweepUntrackedFiles } from "../../modules/attachments/sweep-untracked-files.js";
import { defineJob } from "../types.js";

/**
 * Hourly: removes encrypted attachments no message shows (never sent, or sent in a message its sender
 * deleted) once a day has passed, then files no row names any more (an account purge or a removed
 * conversation deleted their rows). A file that could not be removed is logged and tried again next run.
 */
export const deleteOrphanAttachmentsJob = defineJob({
  name: "delete-orphan-attachments",
  schema: z.object({}),
  cron: "53 * * * *",
  retryLimit: 2,
  async handle(ctx) {
    const { deleted, failed } = await deleteOrphanAttachments(ctx);
    if (deleted + failed > 0) ctx.log.info({ deleted, failed }, "deleted orphaned attachments");
    const sweep = await sweepUntrackedFiles(ctx);
    if (sweep.removed + sweep.failed > 0) ctx.log.info(sweep, "removed attachment files no row names");
  },
});
