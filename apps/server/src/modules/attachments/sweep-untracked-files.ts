import fs from "node:fs";
import path from "node:path";
import type { AppContext } from "../../context.js";
import { HOUR } from "../../lib/clock.js";
import { attachmentsDir } from "./attachment-store.js";
import { conversationExists, listStorageKeysIn } from "./attachments-repository.js";

/**
 * How old a file with no row must be before it goes. An upload writes its file a moment before it
 * records the row (attachment-store.ts), so a young file may simply not be recorded yet.
 */
export const UNTRACKED_FILE_GRACE_MS = HOUR;
const CONVERSATION_FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UntrackedSweep {
  removed: number;
  failed: number;
}

/**
 * Removes files in the attachments folder that no row names any more: rows an account purge or a
 * removed conversation deleted by cascade (the database cannot remove files), and temporary files of
 * uploads that crashed half way. Walks one conversation folder at a time, reading that conversation's
 * known storage keys, so memory stays bounded by the largest conversation. Only ciphertext is ever on
 * disk; this is about keeping nothing of a departed member, not about plaintext.
 */
export async function sweepUntrackedFiles(ctx: AppContext): Promise<UntrackedSweep> {
  const root = attachmentsDir(ctx.config);
  const total: UntrackedSweep = { removed: 0, failed: 0 };
  const cutoff = ctx.clock.now().getTime() - UNTRACKED_FILE_GRACE_MS;
  for (const folder of await readFolder(root)) {
    if (!folder.isDirectory() || !CONVERSATION_FOLDER.test(folder.name)) continue;
    const known = new Set(await listStorageKeysIn(ctx.db, folder.name));
    const folderPath = path.join(root, folder.name);
    for (const file of await readFolder(folderPath)) {
      if (!file.isFile() || known.has(path.posix.join(folder.name, file.name))) continue;
      const filePath = path.join(folderPath, file.name);
      try {
        const stat = await fs.promises.stat(filePath);
        if (stat.mtimeMs > cutoff) continue;
        await fs.promises.rm(filePath, { force: true });
        total.removed += 1;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        total.failed += 1;
        ctx.log.error(
          { err: error, file: path.posix.join(folder.name, file.name) },
          "could not remove an untracked attachment file",
        );
      }
    }
    // A departed conversation's emptied folder goes too (its name is the conversation's id); a live
    // one's stays, since an upload may be about to write into it.
    if (!(await conversationExists(ctx.db, folder.name))) await fs.promises.rmdir(folderPath).catch(() => undefined);
  }
  return total;
}

async function readFolder(folder: string): Promise<fs.Dirent[]> {
  try {
    return await fs.promises.readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
