#!/usr/bin/env node
// Layers import only downward. Each rule names a set of files and what they must not import;
// a violation prints the file, the import and the rule, and fails lint. Tests may reach across
// layers to set up what they check; the rules bind application code.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "dist" ? [] : walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const rel = (p) => path.relative(root, p).split(path.sep).join("/");
const isTest = (f) => /\.test\.tsx?$/.test(f);

/** Resolves a relative import to a repo-relative path, or returns the bare specifier. */
function target(file, spec) {
  if (!spec.startsWith(".")) return spec;
  return rel(path.resolve(path.dirname(file), spec));
}

const rules = [
  {
    name: "shared contracts stay free of Node, the DOM and the apps",
    files: (f) => f.startsWith("packages/shared/src/") && !isTest(f),
    forbid: (t) =>
      t.startsWith("node:") || t.startsWith("apps/") || /^(react|react-dom|fastify|kysely|pg)($|\/)/.test(t),
  },
  {
    name: "matching is pure: no database, network, file system or apps (only its CLI, src/cli/, touches files)",
    files: (f) => f.startsWith("packages/matching/src/") && !isTest(f) && !f.startsWith("packages/matching/src/cli/"),
    forbid: (t) =>
      /^(node:(fs|net|http|https|child_process)|kysely|pg|@electric-sql\/pglite|fastify)($|\/)/.test(t) ||
      t.startsWith("apps/"),
  },
  {
    name: "measures are pure: no Node, DOM, database, network or apps",
    files: (f) => f.startsWith("packages/measures/src/") && !isTest(f),
    forbid: (t) =>
      t.startsWith("node:") ||
      /^(kysely|pg|@electric-sql\/pglite|fastify|react)($|\/)/.test(t) ||
      t.startsWith("apps/"),
  },
  {
    name: "e2ee runs in the browser and in Node: no Node built-ins, DOM frameworks, database, network or apps",
    files: (f) => f.startsWith("packages/e2ee/src/") && !isTest(f),
    forbid: (t) =>
      t.startsWith("node:") ||
      /^(kysely|pg|@electric-sql\/pglite|fastify|react|socket\.io)($|\/)/.test(t) ||
      t.startsWith("apps/"),
  },
  {
    name: "the web app never imports server code",
    files: (f) => f.startsWith("apps/web/src/"),
    forbid: (t) => t.startsWith("apps/server") || t === "@mentalverse/server",
  },
  {
    name: "lib/ and config/ are the bottom layer",
    files: (f) => /^apps\/server\/src\/(lib|config)\//.test(f) && !isTest(f),
    forbid: (t) =>
      /^apps\/server\/src\/(modules|http|jobs|realtime|demo|db)\//.test(t) ||
      /^apps\/server\/src\/(app|main|start-server)$/.test(t),
  },
  {
    name: "db/ sits below modules, http, jobs and realtime",
    files: (f) => f.startsWith("apps/server/src/db/") && !isTest(f),
    forbid: (t) =>
      /^apps\/server\/src\/(modules|http|jobs|realtime|demo)\//.test(t) ||
      /^apps\/server\/src\/(app|main|start-server)$/.test(t),
  },
  {
    name: "modules never import the composition root",
    files: (f) => /^apps\/server\/src\/(modules|jobs|realtime)\//.test(f) && !isTest(f),
    forbid: (t) => /^apps\/server\/src\/(app|main|start-server)$/.test(t),
  },
  {
    name: "SQL lives in repositories: only db/, *-repository.ts and migrations import kysely",
    files: (f) =>
      f.startsWith("apps/server/src/") &&
      !isTest(f) &&
      !/^apps\/server\/src\/db\//.test(f) &&
      !/-repository\.ts$/.test(f),
    forbid: (t, _spec, line) => t === "kysely" && !/import\s+type\s/.test(line),
  },
  {
    name: "route handlers stay thin: routes.ts calls services, not repositories",
    files: (f) => /^apps\/server\/src\/modules\/[^/]+\/routes\.ts$/.test(f),
    forbid: (t) => /-repository$/.test(t),
  },
  {
    name: "application code never imports test helpers",
    files: (f) => (f.startsWith("apps/server/src/") || f.startsWith("packages/")) && !isTest(f),
    forbid: (t) => t.startsWith("apps/server/test/"),
  },
];

const files = [...walk(path.join(root, "apps")), ...walk(path.join(root, "packages"))];
const violations = [];
const oversized = [];
for (const file of files) {
  const f = rel(file);
  const source = fs.readFileSync(file, "utf8");
  const lines = source.split("\n").length;
  if (lines > 400 && !isTest(f)) oversized.push(`${f} (${lines} lines)`);
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    const t = target(file, spec).replace(/\.(js|ts|tsx)$/, "");
    for (const rule of rules) {
      if (rule.files(f) && rule.forbid(t, spec, match[0])) violations.push(`${f}: imports "${spec}" (${rule.name})`);
    }
  }
}

if (oversized.length > 0) console.warn(`Files over 400 lines (split them):\n  ${oversized.join("\n  ")}`);
for (const o of oversized) if (Number(o.match(/\((\d+) lines/)?.[1]) > 500) violations.push(`${o}: over 500 lines`);
if (violations.length > 0) {
  console.error(`Layer violations:\n  ${violations.join("\n  ")}`);
  process.exit(1);
}
console.log(`layers: ${files.length} files checked, no violations`);
