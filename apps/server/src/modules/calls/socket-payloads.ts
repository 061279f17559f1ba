import { CallIceSchema, CallMediaSchema, CallSignalSchema } from "@mentalverse/shared";
import { z } from "zod";

// The shared contracts type what a well-behaved client sends; a socket can send anything, so the
// server also insists on real ids (a malformed uuid would otherwise reach the database).
const callId = z.uuid("Not a call id");

export const InvitePayloadSchema = z.strictObject({
  conversationId: z.uuid("Not a conversation id"),
  media: CallMediaSchema,
  sdp: z
    .string()
    .min(1)
    .max(64 * 1024),
});
export const SignalPayloadSchema = CallSignalSchema.extend({ callId });
export const IcePayloadSchema = CallIceSchema.extend({ callId });
export const EndPayloadSchema = z.object({ callId, reason: z.enum(["hangup", "declined", "busy", "failed"]) });
