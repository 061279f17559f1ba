import { INSTRUMENT_IDS, presentInstrument } from "./presenter.js";

/** The questionnaires a member can answer, straight from the measures library. */
export function listInstruments() {
  return { instruments: INSTRUMENT_IDS.map(presentInstrument) };
}
