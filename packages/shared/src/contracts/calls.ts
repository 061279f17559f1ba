/**
 * 1:1 audio and video calls over WebRTC (issue 6). Signalling travels on the socket (see
 * socket-events.ts); media goes peer to peer, or through the configured TURN relay. HTTP:
 *   GET /api/calls/ice-servers                 IceServersResponse (time-limited TURN credentials, coturn use-auth-secret)
 *   GET /api/conversations/:id/calls           CallHistoryResponse (members of a pair conversation)
 */
import { z } from "zod";
import { Signature64Schema } from "./messaging.js";

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

/**
 * Every SDP description (the invite's offer, the answer, renegotiations) travels with the sending
 * device's Ed25519 signature over it (@mentalverse/e2ee call-signatures.ts): the descriptions carry
 * the DTLS fingerprints, so this is what keeps a server that relays them out of the middle of a call.
 * Optional on the wire because the server cannot check them and relays them unchanged; the receiving
 * browser refuses a description without a signature by a trusted device of the other member.
 */
export const CallSdpSignatureSchema = z.object({
  deviceId: z.string().max(64).optional(),
  signature: Signature64Schema.optional(),
});
export type CallSdpSignature = z.infer<typeof CallSdpSignatureSchema>;

export const CallInviteSchema = CallSdpSignatureSchema.extend({
  conversationId: z.string(),
  media: CallMediaSchema,
  sdp: z.string().max(64 * 1024),
});
export type CallInvite = z.infer<typeof CallInviteSchema>;

export const CallIncomingSchema = CallSdpSignatureSchema.extend({
  callId: z.string(),
  conversationId: z.string(),
  fromUserId: z.string(),
  fromName: z.string(),
  media: CallMediaSchema,
  sdp: z.string(),
});
export type CallIncoming = z.infer<typeof CallIncomingSchema>;
export const CallSignalSchema = CallSdpSignatureSchema.extend({
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
