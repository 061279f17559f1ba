import { z } from "zod";

/** What travels inside the ciphertext (docs/security/messaging.md); checked after decryption like any input. */
export const AttachmentRefSchema = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  /** Optional in the protocol; this client always sends one and cannot open a file without it. */
  nonce: z.string().min(1).optional(),
  name: z.string().max(255),
  type: z.string().max(255),
  size: z.number().int().min(0),
});
/** An attachment this client can open (with its nonce). */
export type AttachmentRef = z.infer<typeof AttachmentRefSchema> & { nonce: string };

export const MessagePayloadSchema = z.object({
  v: z.literal(1),
  text: z.string(),
  attachments: z.array(AttachmentRefSchema).max(10).optional(),
});
export type MessagePayload = z.infer<typeof MessagePayloadSchema>;
export const EditPayloadSchema = z.object({ v: z.literal(1), text: z.string() });
export const ReactionPayloadSchema = z.object({
  v: z.literal(1),
  emoji: z.string().min(1).max(16),
  remove: z.boolean().optional(),
});

/** The small fixed set of reactions, with the names screen readers announce. */
export const REACTIONS: readonly { emoji: string; label: string }[] = [
  { emoji: "👍", label: "Thumbs up" },
  { emoji: "❤️", label: "Heart" },
  { emoji: "😊", label: "Smile" },
  { emoji: "😢", label: "Sad" },
  { emoji: "🙏", label: "Thank you" },
  { emoji: "🎉", label: "Celebrate" },
];

/** Reactions shown are only these (a reaction is too small to report, so it must not carry words). */
export const isKnownReaction = (emoji: string) => REACTIONS.some((r) => r.emoji === emoji);

export const reactionLabel = (emoji: string) => REACTIONS.find((r) => r.emoji === emoji)?.label ?? emoji;
