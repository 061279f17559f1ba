import { createPublicKey, verify } from "node:crypto";
import {
  deviceStatement,
  isUsableBoxPublicKey,
  isUsableSignPublicKey,
  keyEpochStatement,
  ready,
  recoveryStatement,
} from "@mentalverse/e2ee";
import { invalidField } from "../../lib/errors.js";

/**
 * The server's side of the key signatures (docs/security/messaging.md, "Key signatures"). Clients
 * check them anyway before sealing to a key or trusting an epoch; the server checks too, so a
 * client with a bug (or a member probing others) cannot store keys nobody will be able to trust.
 * Signatures are checked with node:crypto's Ed25519, a second implementation beside the clients'
 * libsodium; key shapes (small-order points) with libsodium, which has the checks built in.
 */

/** Ed25519 over the UTF-8 statement; false for anything malformed. */
export function verifyEd25519(statement: string, signature: string, signPublicKey: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: signPublicKey }, format: "jwk" });
    const sig = Buffer.from(signature, "base64url");
    if (sig.length !== 64 || sig.toString("base64url") !== signature) return false;
    return verify(null, Buffer.from(statement, "utf8"), key, sig);
  } catch {
    return false;
  }
}

/** 422 naming the field when a public key cannot safely receive sealed keys or verify signatures. */
export async function requireUsableKeys(keys: {
  boxPublicKey?: { field: string; value: string };
  signPublicKey?: { field: string; value: string };
}): Promise<void> {
  await ready();
  if (keys.boxPublicKey && !isUsableBoxPublicKey(keys.boxPublicKey.value)) {
    throw invalidField(keys.boxPublicKey.field, "not a usable X25519 public key (weak or not canonical)");
  }
  if (keys.signPublicKey && !isUsableSignPublicKey(keys.signPublicKey.value)) {
    throw invalidField(keys.signPublicKey.field, "not a usable Ed25519 public key (weak or not canonical)");
  }
}

export function requireDeviceSignature(
  userId: string,
  input: { boxPublicKey: string; signPublicKey: string; deviceSignature: string },
): void {
  const statement = deviceStatement(userId, input.boxPublicKey, input.signPublicKey);
  if (!verifyEd25519(statement, input.deviceSignature, input.signPublicKey)) {
    throw invalidField("deviceSignature", "does not verify with this device's sign key for your account");
  }
}

export function requireRecoverySignature(
  userId: string,
  input: { recoveryPublicKey: string; signature: string },
  signerSignPublicKey: string,
): void {
  const statement = recoveryStatement(userId, input.recoveryPublicKey);
  if (!verifyEd25519(statement, input.signature, signerSignPublicKey)) {
    throw invalidField("signature", "does not verify with the sign key of signedByDeviceId");
  }
}

export function requireKeyEpochSignature(
  conversationId: string,
  input: { epoch: number; keyCommitment: string; signature: string },
  signerSignPublicKey: string,
): void {
  const statement = keyEpochStatement(conversationId, input.epoch, input.keyCommitment);
  if (!verifyEd25519(statement, input.signature, signerSignPublicKey)) {
    throw invalidField("signature", "does not verify with the sign key of createdByDeviceId");
  }
}
