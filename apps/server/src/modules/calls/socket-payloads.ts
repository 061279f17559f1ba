import { CallIceSchema, CallMediaSchema, CallSignalSchema, Signature64Schema } from "@mentalverse/shared";
import { z } from "zod";

// The shared contracts type what a well-behaved client sends; a socket can send anything, so the
// server also insists on real ids (a malformed uuid would otherwise reach the database).
const callId = z.uuid("Not a call id");

// The browsers' signature over each SDP description. The server cannot check it (that is the point:
// the browsers do not trust it with the call), so it only bounds the shape and relays it unchanged.
const signed = { deviceId: z.uuid("Not a device id").optional(), signature: Signature64Schema.optional() };

export const InvitePayloadSchema = z.strictObject({
  conversationId: z.uuid("Not a conversation id"),
  media: CallMediaSchema,
  sdp: z
    .string()
    .min(1)
    .max(64 * 1024),
  ...signed,
});
export const SignalPayloadSchema = CallSignalSchema.extend({ callId, ...signed });
export const IcePayloadSchema = CallIceSchema.extend({ callId });
export const EndPayloadSchema = z.object({ callId, reason: z.enum(["hangup", "declined", "busy", "failed"]) });
