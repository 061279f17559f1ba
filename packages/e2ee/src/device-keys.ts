import { toBase64Url } from "./encoding";
import { sodium } from "./sodium";

/**
 * A device's own keys, made on the device. The X25519 box pair receives sealed conversation keys;
 * the Ed25519 pair signs what the device sends. Only the public halves go to the server.
 */
export interface DeviceKeyPair {
  boxPublicKey: string;
  boxSecretKey: string;
  signPublicKey: string;
  /** libsodium's 64-byte form (seed || public key). */
  signSecretKey: string;
}

export function generateDeviceKeys(): DeviceKeyPair {
  const box = sodium().crypto_box_keypair();
  const sign = sodium().crypto_sign_keypair();
  return {
    boxPublicKey: toBase64Url(box.publicKey),
    boxSecretKey: toBase64Url(box.privateKey),
    signPublicKey: toBase64Url(sign.publicKey),
    signSecretKey: toBase64Url(sign.privateKey),
  };
}
