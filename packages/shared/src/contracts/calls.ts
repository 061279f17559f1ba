/**
 * 1:1 audio and video calls over WebRTC (issue 6). Signalling travels on the socket (see
 * socket-events.ts); media goes peer to peer, or through the configured TURN relay. HTTP:
 *   GET /api/calls/ice-servers                 IceServersResponse (time-limited TURN credentials, coturn use-auth-secret)
 *   GET /api/conversations/:id/calls           CallHistoryResponse (members of a pair conversation)
 */
import { z } from "zod";

export const CallMediaSchema = z.enum(["audio", "video"]);
export type CallMedia = z.infer<typeof CallMediaSchema>;

export const IceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export const IceServersResponseSchema = z.object({
  iceServers: z.array(IceServerSchema),
  ttlSeconds: z.number().int(),
});
export type IceServersResponse = z.infer<typeof IceServersResponseSchema>;

export const CallEndReasonSchema = z.enum(["hangup", "declined", "busy", "failed", "missed", "disconnected"]);
export type CallEndReason = z.infer<typeof CallEndReasonSchema>;

export const CallIncomingSchema = z.object({
  callId: z.string(),
  conversationId: z.string(),
  fromUserId: z.string(),
  fromName: z.string(),
  media: CallMediaSchema,
  sdp: z.string(),
});
export type CallIncoming = z.infer<typeof CallIncomingSchema>;
export const CallSignalSchema = z.object({
  callId: z.string(),
  type: z.enum(["answer", "offer"]),
  sdp: z.string().max(64 * 1024),
});
export type CallSignal = z.infer<typeof CallSignalSchema>;
export const CallIceSchema = z.object({ callId: z.string(), candidate: z.string().max(4096).nullable() });
export type CallIce = z.infer<typeof CallIceSchema>;
export const CallEndedSchema = z.object({ callId: z.string(), reason: CallEndReasonSchema });
export type CallEnded = z.infer<typeof CallEndedSchema>;

export const CallRecordSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  callerId: z.string(),
  calleeId: z.string(),
  media: CallMediaSchema,
  startedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: CallEndReasonSchema.nullable(),
  /** Whole seconds between answer and end; null when never answered. */
  durationSeconds: z.number().int().nullable(),
});
export type CallRecord = z.infer<typeof CallRecordSchema>;
export const CallHistoryResponseSchema = z.object({ calls: z.array(CallRecordSchema) });
