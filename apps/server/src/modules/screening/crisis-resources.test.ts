import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILT_IN_CRISIS_LINES, crisisResourcesFor, loadCrisisLines } from "./crisis-resources.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mv-crisis-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
};

describe("crisis lines", () => {
  it("has the built-in lines for the US, UK and Ireland, Canada, Australia, New Zealand, and a fallback", () => {
    const phone = (country: string) => crisisResourcesFor(BUILT_IN_CRISIS_LINES, country).resources[0]?.phone;
    expect([phone("US"), phone("GB"), phone("IE"), phone("CA"), phone("AU"), phone("NZ")]).toEqual([
      "988",
      "116 123",
      "116 123",
      "988",
      "13 11 14",
      "1737",
    ]);
    expect(crisisResourcesFor(BUILT_IN_CRISIS_LINES, null).resources.map((r) => r.name)).toEqual([
      "Emergency services",
    ]);
  });

  it("uses CRISIS_RESOURCES_FILE when set, and refuses a malformed one", () => {
    const file = write("lines.json", [
      { countries: ["DE"], name: "TelefonSeelsorge", description: "24/7", phone: "0800 111 0 111" },
      { name: "Emergency", description: "Call 112 or your local emergency number" },
    ]);
    const lines = loadCrisisLines(file);
    expect(crisisResourcesFor(lines, "DE")).toEqual({
      country: "DE",
      resources: [
        { name: "TelefonSeelsorge", description: "24/7", phone: "0800 111 0 111", text: null, url: null },
        {
          name: "Emergency",
          description: "Call 112 or your local emergency number",
          phone: null,
          text: null,
          url: null,
        },
      ],
    });
    expect(loadCrisisLines(undefined)).toBe(BUILT_IN_CRISIS_LINES);
    expect(() => loadCrisisLines(write("bad.json", [{ countries: ["germany"], name: "x" }]))).toThrow(
      /CRISIS_RESOURCES_FILE/,
    );
    expect(() => loadCrisisLines(write("empty.json", []))).toThrow(/CRISIS_RESOURCES_FILE/);
  });
});
