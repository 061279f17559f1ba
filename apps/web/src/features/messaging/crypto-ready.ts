import { ready } from "@mentalverse/e2ee";

let loading: Promise<void> | null = null;

/** libsodium compiles its WebAssembly once per page; everything that touches keys awaits this first. */
export function cryptoReady(): Promise<void> {
  loading ??= ready().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** A v4 UUID even where crypto.randomUUID is missing (plain-http deployments are not a secure context). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
