import libsodium from "libsodium-wrappers-sumo";

/**
 * The one place that touches libsodium's loader. The sumo build is needed for crypto_pwhash
 * (Argon2id) and crypto_auth_hmacsha256 (docs/decisions/0004-libsodium-sumo.md). Its functions
 * only exist once the WebAssembly module is instantiated, so every operation goes through sodium().
 */
let loaded = false;

/** Await once before anything else (loads the WebAssembly module; later calls return at once). */
export async function ready(): Promise<void> {
  await libsodium.ready;
  loaded = true;
}

export function sodium(): typeof libsodium {
  if (!loaded) throw new Error("@mentalverse/e2ee: await ready() before using it");
  return libsodium;
}
