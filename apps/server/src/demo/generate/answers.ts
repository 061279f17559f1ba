import type { Faker } from "@faker-js/faker";
import { QUESTIONNAIRES, type QuestionnaireId } from "@mentalverse/measures";

/** The compared score's range per instrument (WHO-5 raw, before the percentage). */
export const RAW_RANGE: Record<QuestionnaireId, { min: number; max: number }> = {
  phq9: { min: 0, max: 27 },
  gad7: { min: 0, max: 21 },
  who5: { min: 0, max: 25 },
  pss10: { min: 0, max: 40 },
};

/**
 * Item answers whose scored values sum to `target`, spread the way people answer: a point at a
 * time to items not yet at the top. Reverse-keyed items are answered the other way round, so the
 * library scores them back to the value chosen here. PHQ-9 item 9 is set by the caller, never here.
 */
export function answersFor(rng: Faker, instrument: QuestionnaireId, target: number, item9 = 0): Record<string, number> {
  const def = QUESTIONNAIRES[instrument];
  const values = def.options.map((o) => o.value);
  const top = Math.max(...values);
  const items = def.items.filter((i) => !(instrument === "phq9" && i.id === "item9"));
  const scored = new Map(items.map((i) => [i.id, 0]));
  let left = Math.max(0, Math.min(target - item9, items.length * top));
  while (left > 0) {
    const open = items.filter((i) => (scored.get(i.id) ?? 0) < top);
    const pick = rng.helpers.arrayElement(open);
    scored.set(pick.id, (scored.get(pick.id) ?? 0) + 1);
    left -= 1;
  }
  const answers: Record<string, number> = {};
  for (const item of items) {
    const value = scored.get(item.id) ?? 0;
    answers[item.id] = "reverse" in item && item.reverse ? top - value : value;
  }
  if (instrument === "phq9") answers.item9 = item9;
  if (instrument === "phq9" || instrument === "gad7") {
    // The unscored difficulty question follows how bad things are.
    answers.difficulty = Math.min(3, Math.floor(target / 6));
  }
  return answers;
}
