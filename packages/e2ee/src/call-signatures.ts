import { fromBase64Url, toBase64Url, utf8 } from "./encoding";
import { E2eeError } from "./errors";
import { sodium } from "./sodium";

/**
 * Signatures that bind a call's SDP descriptions to the sending member's device. The descriptions
 * carry the DTLS fingerprints that the media's encryption is keyed to; the server relays them, so
 * unsigned it could swap in fingerprints of its own and sit in the middle of the call. Signed by a
 * device the other side knows (the same devices the safety number covers), it cannot.
 *
 * ICE candidates are deliberately not signed: they only say where to send packets. A server that
 * forges them can route the media through itself, but DTLS still has to complete against the
 * fingerprints signed here, so all it relays is ciphertext it cannot read or alter.
 */
const CALL_SDP_CONTEXT = "mv1 call sdp";

export type CallDescriptionType = "offer" | "answer";

export interface CallDescription {
  /**
   * What the description belongs to: the call, by the id the server gave it. The invite's offer is
   * sent before there is an id, so it names the pair conversation instead; a stale invite offer
   * replayed into a new call cannot connect, since its DTLS key died with the old peer connection.
   */
  scope: { callId: string } | { conversationId: string };
  /** The sending member and the device that signs. */
  userId: string;
  deviceId: string;
  type: CallDescriptionType;
  sdp: string;
}

/** BLAKE2b-256 of the SDP text, keyed with the fixed context (a domain separator, not a secret). */
export function callSdpHash(sdp: string): string {
  return toBase64Url(sodium().crypto_generichash(32, utf8(sdp), utf8(CALL_SDP_CONTEXT)));
}

/**
 * "mv1|call-sdp|call|<callId>|<userId>|<deviceId>|<type>|<sdp hash>" (or "|conversation|<id>|" for
 * the invite's offer). Fields never contain "|", so one statement has exactly one reading.
 */
export function callDescriptionStatement(description: CallDescription): string {
  const { scope, userId, deviceId, type } = description;
  const [kind, id] = "callId" in scope ? ["call", scope.callId] : ["conversation", scope.conversationId];
  if (type !== "offer" && type !== "answer") throw new E2eeError("description type must be offer or answer");
  for (const field of [id, userId, deviceId]) {
    if (typeof field !== "string" || field === "" || field.includes("|")) {
      throw new E2eeError("call ids must be non-empty and free of '|'");
    }
  }
  return `mv1|call-sdp|${kind}|${id}|${userId}|${deviceId}|${type}|${callSdpHash(description.sdp)}`;
}

export function signCallDescription(description: CallDescription, signSecretKey: string): string {
  const s = sodium();
  return toBase64Url(
    s.crypto_sign_detached(
      utf8(callDescriptionStatement(description)),
      fromBase64Url(signSecretKey, s.crypto_sign_SECRETKEYBYTES, "sign secret key"),
    ),
  );
}

/** False for a bad signature and for anything malformed: the caller refuses the description either way. */
export function verifyCallDescription(description: CallDescription, signature: string, signPublicKey: string): boolean {
  const s = sodium();
  try {
    return s.crypto_sign_verify_detached(
      fromBase64Url(signature, s.crypto_sign_BYTES, "signature"),
      utf8(callDescriptionStatement(description)),
      fromBase64Url(signPublicKey, s.crypto_sign_PUBLICKEYBYTES, "sign public key"),
    );
  } catch {
    return false;
  }
}
