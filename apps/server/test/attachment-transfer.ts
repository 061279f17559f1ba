import { decryptAttachment, encryptAttachment, ready } from "@mentalverse/e2ee";
import type { TestClient } from "./client.js";
import { E2eeClientError, FetchClient, ok } from "./fetch-client.js";

/** Encrypts the bytes on the device and uploads only the ciphertext; returns the reference a message carries. */
export async function uploadAttachment(
  http: TestClient | FetchClient,
  conversationId: string,
  bytes: Uint8Array,
  name: string,
  type: string,
) {
  await ready();
  const encrypted = encryptAttachment(bytes);
  const url = `/api/conversations/${conversationId}/attachments`;
  const body = Buffer.from(encrypted.ciphertext);
  type Uploaded = { id: string; size: number };
  const res =
    http instanceof FetchClient
      ? await http.request<Uploaded>("POST", url, body)
      : await http.request<Uploaded>("POST", url, body, { "content-type": "application/octet-stream" });
  const uploaded = ok(res, "upload attachment");
  return { id: uploaded.id, key: encrypted.key, nonce: encrypted.nonce, name, type, size: bytes.length };
}

/** Downloads over real HTTP from `baseUrl` (inject's text body would mangle the bytes) and decrypts on the device. */
export async function downloadAttachment(
  http: TestClient | FetchClient,
  baseUrl: string,
  conversationId: string,
  ref: { id: string; key: string; nonce: string },
) {
  const cookie = [...http.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${baseUrl}/api/conversations/${conversationId}/attachments/${ref.id}`, {
    headers: { cookie },
  });
  if (res.status !== 200) throw new E2eeClientError("download attachment", res.status, await res.text());
  return decryptAttachment(new Uint8Array(await res.arrayBuffer()), ref.key, ref.nonce);
}
