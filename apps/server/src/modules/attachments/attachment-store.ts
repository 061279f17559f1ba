import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../../config/config.js";

/** The folder for encrypted attachments: MESSAGING_ATTACHMENTS_DIR, or DATA_DIR/attachments. */
export function attachmentsDir(config: Config): string {
  return path.resolve(config.MESSAGING_ATTACHMENTS_DIR ?? path.join(config.dataDir, "attachments"));
}

/**
 * Writes ciphertext under a random name the server chose (the client's file name travels only
 * inside the encrypted message), first to a temporary name and then renamed, so a reader never
 * finds half a file. Returns the storage key: the path relative to the folder.
 */
export async function storeCiphertext(config: Config, conversationId: string, bytes: Buffer): Promise<string> {
  const dir = attachmentsDir(config);
  const key = path.join(conversationId, randomBytes(24).toString("hex"));
  const final = path.join(dir, key);
  const temp = path.join(dir, conversationId, `.upload-${randomBytes(12).toString("hex")}`);
  await fs.promises.mkdir(path.dirname(final), { recursive: true });
  try {
    await fs.promises.writeFile(temp, bytes, { flag: "wx" });
    await fs.promises.rename(temp, final);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  return key;
}

/** Removes a stored file (one whose row could not be written, or an orphan); one already gone is not an error. */
export async function discardCiphertext(config: Config, key: string): Promise<void> {
  await fs.promises.rm(resolveKey(config, key), { force: true });
}

/** Opens stored ciphertext for reading; the key must stay inside the folder. */
export async function openCiphertext(config: Config, key: string): Promise<fs.ReadStream> {
  const file = resolveKey(config, key);
  const handle = await fs.promises.open(file, "r");
  return handle.createReadStream();
}

function resolveKey(config: Config, key: string): string {
  const dir = attachmentsDir(config);
  const file = path.resolve(dir, key);
  if (!file.startsWith(dir + path.sep)) throw new Error("Attachment storage key escapes its folder");
  return file;
}
