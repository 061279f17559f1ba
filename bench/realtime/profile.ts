import { readFileSync } from "node:fs";

/** What `node --cpu-prof` writes: a call tree with sample counts per node. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  seconds: number;
  /** Share of samples per area: a package under node_modules, a server folder, Node internals, GC, idle. */
  areas: { area: string; share: number }[];
  /** Functions with the most samples of their own (self time). */
  functions: { name: string; share: number }[];
  /** The server's own functions (apps/server, packages) with everything they call (total time). */
  inclusive: { name: string; share: number }[];
}

function areaOf(url: string, name: string): string {
  if (name === "(garbage collector)") return "garbage collection";
  if (name === "(idle)") return "idle (waiting for I/O)";
  if (name === "(program)") return "V8/native (program)";
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1] as string;
  const own = url.match(/apps\/server\/src\/([^/]+(?:\/[^/]+)?)/);
  if (own) return `server ${own[1]?.replace(/\.ts$/, "")}`;
  if (url.includes("packages/")) return url.match(/packages\/[^/]+/)?.[0] ?? "packages";
  if (url.startsWith("node:") || url === "") return "node internals";
  return url;
}

/** Self time by area and by function, as shares of all samples. */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + hits);
    const where = url
      ? `${url.replace(/^.*node_modules\//, "").replace(/^.*\/apps\//, "apps/")}:${lineNumber + 1}`
      : "";
    const name = `${functionName || "(anonymous)"} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + hits);
  }
  const ranked = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ key: k, share: v / total }));
  // Total time per function: each call-tree node's subtree, counted once per stack (recursion).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const subtree = new Map<number, number>();
  const sizeOf = (id: number): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const size = (node.hitCount ?? 0) + (node.children ?? []).reduce((s, c) => s + sizeOf(c), 0);
    subtree.set(id, size);
    return size;
  };
  const root = profile.nodes[0];
  if (root) sizeOf(root.id);
  const totals = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    let key: string | null = null;
    if (/apps\/server\/src|packages\//.test(url)) {
      key = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(apps|packages)\//, "$1/")}:${lineNumber + 1}`;
      if (!onStack.has(key)) totals.set(key, (totals.get(key) ?? 0) + (subtree.get(id) ?? 0));
    }
    const next = key && !onStack.has(key) ? new Set([...onStack, key]) : onStack;
    for (const child of node.children ?? []) walk(child, next);
  };
  if (root) walk(root.id, new Set());
  return {
    inclusive: ranked(totals, 12).map(({ key, share }) => ({ name: key, share })),
    seconds: (profile.endTime - profile.startTime) / 1e6,
    areas: ranked(areas, 12).map(({ key, share }) => ({ area: key, share })),
    functions: ranked(functions, top).map(({ key, share }) => ({ name: key, share })),
  };
}
