import { useSearchParams } from "react-router";

/** Filters live in the URL, so they survive reloads, links and the back button. */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ""])) as Record<K, string>;
  const offset = Math.max(0, Number.parseInt(params.get("offset") ?? "0", 10) || 0);

  const update = (next: Partial<Record<K | "offset", string | number | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === "" || value === 0) merged.delete(key);
      else merged.set(key, String(value));
    }
    // A new filter starts from the first page.
    if (!("offset" in next)) merged.delete("offset");
    setParams(merged, { replace: !("offset" in next) });
  };

  return { values, offset, update };
}
