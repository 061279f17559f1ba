import {
  type AddEnvelopesRequest,
  AttachmentUploadedSchema,
  ConversationDetailSchema,
  ConversationListResponseSchema,
  CSRF_COOKIE,
  CSRF_HEADER,
  DeviceListResponseSchema,
  DeviceSchema,
  EventPageSchema,
  KeyEnvelopesResponseSchema,
  type NewKeyEpochRequest,
  RecoveryStateSchema,
  type RegisterDeviceRequest,
  type SetRecoveryRequest,
} from "@mentalverse/shared";
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../lib/api.js";
import { ApiError, apiErrorFrom, networkError } from "../../lib/api-error.js";
import { readCookie } from "../../lib/cookies.js";

export const MESSAGING_KEY = ["messaging"] as const;
export const conversationsKey = [...MESSAGING_KEY, "conversations"] as const;
export const conversationKey = (id: string) => [...MESSAGING_KEY, "conversation", id] as const;
export const devicesKey = [...MESSAGING_KEY, "devices"] as const;

const conv = (id: string, rest = "") => `/api/conversations/${encodeURIComponent(id)}${rest}`;

export const messagingApi = {
  conversations: () => api.get("/api/conversations", ConversationListResponseSchema),
  detail: (id: string) => api.get(conv(id), ConversationDetailSchema),
  keys: (id: string, deviceId: string) => api.get(conv(id, "/keys"), KeyEnvelopesResponseSchema, { deviceId }),
  newEpoch: (id: string, body: NewKeyEpochRequest) => api.post(conv(id, "/keys"), ConversationDetailSchema, body),
  addEnvelopes: (id: string, epoch: number, body: AddEnvelopesRequest) =>
    api.post(conv(id, `/keys/${epoch}/envelopes`), ConversationDetailSchema, body),
  eventsAfter: (id: string, after: number, limit = 200) =>
    api.get(conv(id, "/events"), EventPageSchema, { after, limit }),
  eventsBefore: (id: string, before: number, limit = 50) =>
    api.get(conv(id, "/events"), EventPageSchema, { before, limit }),
  markRead: (id: string, seq: number) => api.post(conv(id, "/read"), z.unknown(), { seq }),
  devices: () => api.get("/api/messaging/devices", DeviceListResponseSchema),
  registerDevice: (body: RegisterDeviceRequest) => api.post("/api/messaging/devices", DeviceSchema, body),
  revokeDevice: (deviceId: string) =>
    api.delete(`/api/messaging/devices/${encodeURIComponent(deviceId)}`, DeviceSchema),
  setRecovery: (body: SetRecoveryRequest) => api.put("/api/messaging/recovery", RecoveryStateSchema, body),
  /** The member's recovery public key (and passphrase wrap), or null when none is set yet (404). */
  recovery: async () => {
    try {
      return await api.get("/api/messaging/recovery", RecoveryStateSchema);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
};

export function useConversations() {
  return useQuery({ queryKey: conversationsKey, queryFn: messagingApi.conversations });
}

export function useConversationDetail(id: string) {
  return useQuery({ queryKey: conversationKey(id), queryFn: () => messagingApi.detail(id) });
}

export function useDevices() {
  return useQuery({ queryKey: devicesKey, queryFn: messagingApi.devices });
}

export function useRecoveryState() {
  return useQuery({ queryKey: [...MESSAGING_KEY, "recovery"], queryFn: messagingApi.recovery });
}

function csrfHeaders(): Record<string, string> {
  const token = readCookie(document.cookie, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

/** Uploads an attachment's ciphertext (never the file itself) as raw bytes. */
export async function uploadAttachment(conversationId: string, ciphertext: Uint8Array) {
  let response: Response;
  try {
    response = await fetch(conv(conversationId, "/attachments"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/octet-stream", accept: "application/json", ...csrfHeaders() },
      body: new Blob([ciphertext as Uint8Array<ArrayBuffer>]),
    });
  } catch {
    throw networkError();
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFrom(response.status, data);
  return AttachmentUploadedSchema.parse(data);
}

export async function downloadAttachment(conversationId: string, attachmentId: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(conv(conversationId, `/attachments/${encodeURIComponent(attachmentId)}`), {
      credentials: "same-origin",
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw apiErrorFrom(response.status, await response.json().catch(() => undefined));
  return new Uint8Array(await response.arrayBuffer());
}
