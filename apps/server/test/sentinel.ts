/**
 * Every way a secret string could be written down without being readable as itself: the text, its
 * hex, and its base64/base64url at each of the three byte alignments it could have inside a longer
 * encoded value (only the characters that depend on the secret's bytes alone are kept).
 */
export function sentinelForms(sentinel: string): string[] {
  const bytes = Buffer.from(sentinel, "utf8");
  const forms = new Set([sentinel, bytes.toString("hex"), bytes.toString("hex").toUpperCase()]);
  for (let pad = 0; pad < 3; pad += 1) {
    const padded = Buffer.concat([Buffer.alloc(pad), bytes]);
    const first = Math.ceil((pad * 8) / 6);
    const last = Math.floor(((pad + bytes.length) * 8) / 6);
    for (const encoding of ["base64", "base64url"] as const) {
      forms.add(padded.toString(encoding).slice(first, last));
    }
  }
  return [...forms];
}

/** The forms of `sentinel` found in `text`, named (empty when none). */
export function sentinelFound(text: string, sentinel: string): string[] {
  return sentinelForms(sentinel).filter((form) => text.includes(form));
}
