/** The scored questionnaires by id, for callers that store an instrument id beside the answers. */

import { GAD7, type Gad7Result, scoreGad7 } from "./instruments/gad7.js";
import { PHQ9, type Phq9Result, scorePhq9 } from "./instruments/phq9.js";
import { PSS10, type Pss10Result, scorePss10 } from "./instruments/pss10.js";
import { scoreWho5, WHO5, type Who5Result } from "./instruments/who5.js";
import type { Answers, DraftResult } from "./likert.js";

export const QUESTIONNAIRES = { phq9: PHQ9, gad7: GAD7, who5: WHO5, pss10: PSS10 } as const;
export type QuestionnaireId = keyof typeof QUESTIONNAIRES;

interface ResultById {
  phq9: Phq9Result;
  gad7: Gad7Result;
  who5: Who5Result;
  pss10: Pss10Result;
}

const SCORERS: { [K in QuestionnaireId]: (answers: Answers) => DraftResult | ResultById[K] } = {
  phq9: scorePhq9,
  gad7: scoreGad7,
  who5: scoreWho5,
  pss10: scorePss10,
};

export function scoreQuestionnaire<K extends QuestionnaireId>(id: K, answers: Answers): DraftResult | ResultById[K] {
  return SCORERS[id](answers);
}
