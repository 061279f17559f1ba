import type { SendEventRequest } from "@mentalverse/shared";
import { badRequest } from "../../lib/errors.js";

/** Exact lengths in unpadded base64url: a 24-byte nonce, a 32-byte HMAC commitment, a 64-byte Ed25519 signature. */
const EXACT_LENGTHS = { nonce: 32, commitment: 43, signature: 86 } as const;
const SEALED_FIELDS = ["epoch", "nonce", "ciphertext", "commitment", "signature"] as const;

const missing = (field: string, kind: string) =>
  badRequest(`A ${kind} needs ${field}`, [{ field, reason: "Required" }]);
const unexpected = (field: string, kind: string) =>
  badRequest(`A ${kind} carries no ${field}`, [{ field, reason: `not allowed for ${kind}` }]);

/**
 * Which fields each kind carries, checked before the event is queued (what the database decides,
 * membership, keys, targets, is checked in the batch). message, edit and reaction carry ciphertext;
 * delete only names its target; edit, reaction and delete name a target, message does not; only a
 * message has attachments.
 */
export function checkEventShape(input: SendEventRequest): void {
  const { kind } = input;
  if (kind === "delete") {
    for (const field of SEALED_FIELDS) if (input[field] !== undefined) throw unexpected(field, kind);
  } else {
    for (const field of SEALED_FIELDS) if (input[field] === undefined) throw missing(field, kind);
    for (const [field, length] of Object.entries(EXACT_LENGTHS)) {
      const value = input[field as keyof typeof EXACT_LENGTHS];
      if (value !== undefined && value.length !== length) {
        throw badRequest(`${field} has the wrong length`, [
          { field, reason: `must be ${length} base64url characters` },
        ]);
      }
    }
    if (input.ciphertext === "") throw missing("ciphertext", kind);
  }
  if (kind === "message" && input.targetSeq !== undefined) throw unexpected("targetSeq", kind);
  if (kind !== "message" && input.targetSeq === undefined) throw missing("targetSeq", kind);
  if (kind !== "message" && input.attachmentIds !== undefined && input.attachmentIds.length > 0) {
    throw unexpected("attachmentIds", kind);
  }
  if (input.attachmentIds && new Set(input.attachmentIds).size !== input.attachmentIds.length) {
    throw badRequest("An attachment is listed twice", [{ field: "attachmentIds", reason: "listed twice" }]);
  }
}
