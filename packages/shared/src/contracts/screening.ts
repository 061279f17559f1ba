import { z } from "zod";

export const RiskLevelSchema = z.enum(["none", "low", "moderate", "high"]);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

const answer = z.boolean().nullable().optional();
/** C-SSRS screener answers: true = yes, false = no, null/absent = not answered yet. */
export const CssrsAnswersSchema = z.strictObject({
  q1: answer,
  q2: answer,
  q3: answer,
  q4: answer,
  q5: answer,
  q6: answer,
  q6Within3Months: answer,
});
export type CssrsAnswersInput = z.infer<typeof CssrsAnswersSchema>;

export const CountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter country code (ISO 3166-1 alpha-2), e.g. GB");

export const CrisisResourceSchema = z.object({
  name: z.string(),
  description: z.string(),
  phone: z.string().nullable(),
  text: z.string().nullable(),
  url: z.string().nullable(),
});
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;
/** Lines for the member's country first, then the international fallback. */
export const CrisisResourcesSchema = z.object({
  country: z.string().nullable(),
  resources: z.array(CrisisResourceSchema),
});
export type CrisisResources = z.infer<typeof CrisisResourcesSchema>;

export const ScreeningQuestionsResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeframe: z.string(),
  administration: z.string(),
  options: z.array(z.object({ value: z.boolean(), label: z.string() })),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
});

export const MyScreeningSchema = z.object({
  id: z.string(),
  status: z.enum(["draft", "complete"]),
  answers: z.record(z.string(), z.boolean().nullable()),
  risk: RiskLevelSchema.nullable(),
  country: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type MyScreening = z.infer<typeof MyScreeningSchema>;

export const SaveScreeningDraftRequestSchema = z.strictObject({
  answers: CssrsAnswersSchema,
  country: CountryCodeSchema.optional(),
});
export const ScreeningDraftResponseSchema = z.object({
  screening: MyScreeningSchema,
  /** Answers still needed before it can be submitted, in form order. */
  missing: z.array(z.string()),
  /** The least risk the answers so far establish ("none" = nothing established yet, not "no risk"). */
  riskAtLeast: RiskLevelSchema,
  crisisResources: CrisisResourcesSchema.nullable(),
});

export const SubmitScreeningRequestSchema = z.strictObject({ country: CountryCodeSchema.optional() });
export const ScreeningActionsSchema = z.object({
  showCrisisResources: z.boolean(),
  openSafetyCase: z.boolean(),
  holdMatching: z.boolean(),
});
export const SubmitScreeningResponseSchema = z.object({
  screening: MyScreeningSchema,
  risk: RiskLevelSchema,
  actions: ScreeningActionsSchema,
  crisisResources: CrisisResourcesSchema.nullable(),
});

export const MyScreeningsResponseSchema = z.object({ screenings: z.array(MyScreeningSchema) });

export const ScreeningStatusResponseSchema = z.object({
  due: z.boolean(),
  dueReason: z.enum(["never_screened", "requested", "scheduled"]).nullable(),
  nextDueAt: z.string().nullable(),
  lastRisk: RiskLevelSchema.nullable(),
  lastCompletedAt: z.string().nullable(),
  hasDraft: z.boolean(),
  matchingHeld: z.boolean(),
});
export type ScreeningStatus = z.infer<typeof ScreeningStatusResponseSchema>;
