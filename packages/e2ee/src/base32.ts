/**
 * Crockford's base32 alphabet (no I, L, O, U): easy to read aloud and to copy by hand. Decoding
 * forgives what people do when they copy: lower case, O for 0, I or L for 1.
 */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const VALUES = new Map<string, number>([...CROCKFORD_ALPHABET].map((c, i) => [c, i]));
VALUES.set("O", 0);
VALUES.set("I", 1);
VALUES.set("L", 1);

export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes exactly `byteLength` bytes, or returns null: a wrong length, a character outside the
 * alphabet, or non-zero padding bits in the last character (so each value has one spelling and a
 * typo there is not silently ignored).
 */
export function base32Decode(text: string, byteLength: number): Uint8Array | null {
  if (text.length !== Math.ceil((byteLength * 8) / 5)) return null;
  const out = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text.toUpperCase()) {
    const value = VALUES.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (at < byteLength) out[at++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return buffer === 0 ? out : null;
}
