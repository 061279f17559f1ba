import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NOTIFICATION_CATEGORIES, NOTIFICATION_CATEGORY_INFO } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { categoryOf, DEFAULT_EMAIL, isSafetyCritical } from "./categories.js";

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Every `kind: "prefix.event"` written in application code under modules/. */
function kindsInCode(): Map<string, string> {
  const kinds = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        for (const m of fs.readFileSync(file, "utf8").matchAll(/\bkind:\s*"([a-z_]+\.[a-z_.]+)"/g)) {
          kinds.set(m[1] as string, path.relative(MODULES, file));
        }
      }
    }
  };
  walk(MODULES);
  return kinds;
}

describe("notification categories", () => {
  it("puts every notification kind the modules send into a named category, not 'other'", () => {
    const kinds = kindsInCode();
    expect(kinds.size).toBeGreaterThan(10);
    const unmapped = [...kinds].filter(([kind]) => categoryOf(kind) === "other").map(([k, f]) => `${k} (${f})`);
    expect(unmapped, "map these kinds in notifications/categories.ts").toEqual([]);
  });

  it("maps by whole kind before prefix", () => {
    expect(categoryOf("matching.offer")).toBe("matching");
    expect(categoryOf("matching.run_failed")).toBe("staff");
    expect(categoryOf("screening.due")).toBe("screening");
    expect(categoryOf("screening.requested")).toBe("safety");
    expect(categoryOf("safety.case_opened")).toBe("safety");
    expect(categoryOf("role.changed")).toBe("account");
    expect(categoryOf("relationships.agreement_proposed")).toBe("relationships");
    expect(categoryOf("relationship.session_proposed")).toBe("sessions");
    expect(categoryOf("relationship.inactivity_reminder")).toBe("sessions");
    expect(categoryOf("relationship.low_mood")).toBe("safety");
    expect(categoryOf("relationship.stuck")).toBe("staff");
    expect(categoryOf("test")).toBe("other");
  });

  it("only safety is safety-critical, and its email is on by default", () => {
    expect(NOTIFICATION_CATEGORIES.filter(isSafetyCritical)).toEqual(["safety"]);
    expect(DEFAULT_EMAIL.safety).toBe(true);
    expect(DEFAULT_EMAIL.matching && DEFAULT_EMAIL.relationships && DEFAULT_EMAIL.sessions).toBe(true);
    for (const category of NOTIFICATION_CATEGORIES) expect(NOTIFICATION_CATEGORY_INFO[category].label).not.toBe("");
  });
});
