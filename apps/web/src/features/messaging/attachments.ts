import { decryptAttachment, encryptAttachment } from "@mentalverse/e2ee";
import { cryptoReady } from "./crypto-ready.js";
import type { AttachmentRef } from "./payloads.js";
import { downloadAttachment, uploadAttachment } from "./queries.js";

/** The server's default limit; it answers 413 over its configured one, which the page reports. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

/** Encrypts a file on this device with a fresh key and uploads only the ciphertext. */
export async function encryptAndUpload(conversationId: string, file: File): Promise<AttachmentRef> {
  await cryptoReady();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { ciphertext, key, nonce } = encryptAttachment(bytes);
  const { id } = await uploadAttachment(conversationId, ciphertext);
  return {
    id,
    key,
    nonce,
    name: file.name.slice(0, 255) || "attachment",
    type: (file.type || "application/octet-stream").slice(0, 255),
    size: file.size,
  };
}

/** Downloads the ciphertext, decrypts it here and hands the file to the browser through a Blob URL. */
export async function downloadAndSave(conversationId: string, attachment: AttachmentRef): Promise<void> {
  await cryptoReady();
  const ciphertext = await downloadAttachment(conversationId, attachment.id);
  const bytes = decryptAttachment(ciphertext, attachment.key, attachment.nonce);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = attachment.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(0)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
