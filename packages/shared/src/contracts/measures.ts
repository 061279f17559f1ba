import { z } from "zod";

export const MEASURE_INSTRUMENTS = ["phq9", "gad7", "who5", "pss10"] as const;
export const MeasureInstrumentSchema = z.enum(MEASURE_INSTRUMENTS);
export type MeasureInstrument = z.infer<typeof MeasureInstrumentSchema>;

const OptionSchema = z.object({ value: z.number(), label: z.string() });
export const MeasureDefinitionSchema = z.object({
  id: MeasureInstrumentSchema,
  name: z.string(),
  stem: z.string(),
  options: z.array(OptionSchema),
  items: z.array(z.object({ id: z.string(), text: z.string() })),
  /** Shown with the form, answered optionally, never scored (e.g. the PHQ-9 difficulty item). */
  unscored: z.array(z.object({ id: z.string(), text: z.string(), options: z.array(OptionSchema) })),
  polarity: z.enum(["lower-is-better", "higher-is-better"]),
  /** The score tracked over time: the total, or for the WHO-5 the percentage. */
  scale: z.enum(["total", "percentage"]),
  minimumReliableChange: z.number(),
  /** Severity bands on the tracked scale (WHO-5: percentage), lowest score first, for charts and explanations. */
  bands: z.array(z.object({ band: z.string(), label: z.string(), min: z.number(), max: z.number() })),
});
export type MeasureDefinition = z.infer<typeof MeasureDefinitionSchema>;
export const MeasureInstrumentsResponseSchema = z.object({ instruments: z.array(MeasureDefinitionSchema) });

export const SaveMeasureRequestSchema = z.strictObject({
  answers: z.record(z.string().min(1).max(40), z.number().int().min(0).max(10).nullable()),
});

export const MeasureScoreSchema = z.object({
  total: z.number(),
  score: z.number(),
  band: z.string(),
  bandLabel: z.string(),
});
export const MeasureResponseSchema = z.object({
  id: z.string(),
  instrument: MeasureInstrumentSchema,
  status: z.enum(["draft", "complete"]),
  answers: z.record(z.string(), z.number().nullable()),
  missing: z.array(z.string()),
  result: MeasureScoreSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type MeasureResponse = z.infer<typeof MeasureResponseSchema>;
export const SaveMeasureResponseSchema = z.object({
  response: MeasureResponseSchema,
  /** PHQ-9 item 9 above 0 (even in a draft): ask the safety questions now. */
  screeningRequired: z.boolean(),
});

export const ChangeSchema = z.object({
  delta: z.number(),
  direction: z.enum(["improved", "worsened", "no reliable change"]),
  reliable: z.boolean(),
});
export const MeasureHistoryPointSchema = MeasureScoreSchema.extend({
  id: z.string(),
  completedAt: z.string(),
  isBaseline: z.boolean(),
  change: ChangeSchema,
});
export const MeasureHistoryResponseSchema = z.object({
  instruments: z.array(
    z.object({
      instrument: MeasureInstrumentSchema,
      name: z.string(),
      results: z.array(MeasureHistoryPointSchema),
      /** Four weeks after the newest result; null before the first (the baseline is due now). */
      nextDueAt: z.string().nullable(),
    }),
  ),
  drafts: z.array(MeasureResponseSchema),
});
export type MeasureHistory = z.infer<typeof MeasureHistoryResponseSchema>;
