/** "es" -> "Spanish"; unknown codes come back as given. */
let names: Intl.DisplayNames | null | undefined;
const cache = new Map<string, string>();

export function languageName(code: string): string {
  let name = cache.get(code);
  if (name !== undefined) return name;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(["en"], { type: "language" });
    } catch {
      names = null;
    }
  }
  try {
    name = names?.of(code) ?? code;
  } catch {
    name = code;
  }
  cache.set(code, name);
  return name;
}
