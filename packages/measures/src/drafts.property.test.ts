import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONNAIRES, type QuestionnaireId, scoreQuestionnaire } from "./registry.js";

const ids = Object.keys(QUESTIONNAIRES) as QuestionnaireId[];

describe.each(ids)("%s: any answer set missing any item is a draft", (id) => {
  const def = QUESTIONNAIRES[id];
  const itemIds = def.items.map((i) => i.id);
  const values = def.options.map((o) => o.value);
  const full = fc.tuple(...itemIds.map(() => fc.constantFrom(...values)));

  it("incomplete → draft listing exactly the missing items, in form order", () => {
    fc.assert(
      fc.property(
        full,
        fc.subarray(itemIds, { minLength: 1 }),
        fc.constantFrom("absent", "null", "undefined"),
        (answers, dropped, how) => {
          const map: Record<string, number | null | undefined> = {};
          itemIds.forEach((itemId, i) => {
            map[itemId] = answers[i];
          });
          for (const d of dropped) {
            if (how === "absent") delete map[d];
            else map[d] = how === "null" ? null : undefined;
          }
          const result = scoreQuestionnaire(id, map);
          expect(result).toMatchObject({ status: "draft", missing: itemIds.filter((x) => dropped.includes(x)) });
          expect(result).not.toHaveProperty("total");
        },
      ),
    );
  });

  it("complete → scored, total within range", () => {
    fc.assert(
      fc.property(full, (answers) => {
        const map = Object.fromEntries(itemIds.map((itemId, i) => [itemId, answers[i]]));
        const result = scoreQuestionnaire(id, map);
        expect(result.status).toBe("complete");
        if (result.status === "complete") {
          expect(result.total).toBeGreaterThanOrEqual(0);
          expect(result.total).toBeLessThanOrEqual(itemIds.length * Math.max(...values));
        }
      }),
    );
  });
});
